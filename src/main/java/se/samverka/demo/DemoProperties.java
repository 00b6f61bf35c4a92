package se.samverka.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code samverka.demo.enabled} is set by the demo profile that the run command uses. */
@ConfigurationProperties("samverka.demo")
record DemoProperties(boolean enabled) {}
