package bench.minimal;

import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A page rendered by Thymeleaf and a form POST that inserts one row, nothing else: the reference. */
@SpringBootApplication
@Controller
public class MinimalApplication {

    private final JdbcClient jdbc;

    MinimalApplication(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static void main(String[] args) {
        SpringApplication.run(MinimalApplication.class, args);
    }

    @GetMapping("/")
    String page(Model model) {
        model.addAttribute("title", "Minimal");
        return "page";
    }

    @PostMapping("/")
    String post(@RequestParam String name, @RequestParam String email) {
        jdbc.sql("INSERT INTO minimal_signup (id, name, email) VALUES (?, ?, ?)")
                .params(UUID.randomUUID(), name, email)
                .update();
        return "redirect:/?tack";
    }
}
