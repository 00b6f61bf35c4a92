package se.samverka.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS gateway: the provider's HTTP API when its address is configured. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    /**
     * Without a provider the outbox holds every SMS and never calls the gateway, so the stand-in only guards
     * against a mistake.
     */
    @Bean
    SmsGateway smsGateway(SmsProperties properties) {
        if (properties.configured()) {
            return new HttpSmsGateway(properties);
        }
        return (to, text) -> {
            throw new SmsNotSentException("No SMS provider is configured (samverka.notification.sms.url)", null);
        };
    }
}
