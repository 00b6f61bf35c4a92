package se.samverka;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Samverka: where a municipality and its civil society coordinate volunteers and help. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class SamverkaApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamverkaApplication.class, args);
    }
}
