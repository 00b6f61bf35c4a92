package se.samverka.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import se.samverka.shared.PhoneNumber;

/**
 * Sends SMS through a 46elks-style HTTP API: a POST to /a1/sms under the configured address with the
 * form fields {@code from}, {@code to} and {@code message}, HTTP Basic authentication, and a JSON answer with the message's {@code id}.
 */
class HttpSmsGateway implements SmsGateway {

    private static final MediaType FORM = new MediaType(MediaType.APPLICATION_FORM_URLENCODED, StandardCharsets.UTF_8);

    private final RestClient client;
    private final String sender;

    HttpSmsGateway(SmsProperties properties) {
        var requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(properties.connectTimeout());
        requestFactory.setReadTimeout(properties.readTimeout());
        this.client = RestClient.builder()
                .baseUrl(properties.url())
                .requestFactory(requestFactory)
                .defaultHeaders(headers ->
                        headers.setBasicAuth(nullToEmpty(properties.username()), nullToEmpty(properties.password())))
                .build();
        this.sender = properties.sender();
    }

    @Override
    public SentSms send(PhoneNumber to, String text) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("from", sender);
        form.add("to", to.e164());
        form.add("message", text);
        ProviderAnswer answer;
        try {
            answer = client.post()
                    .uri("/a1/sms")
                    .contentType(FORM)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .retrieve()
                    .body(ProviderAnswer.class);
        } catch (RestClientException e) {
            // the outbox records only exception types, never this message or the cause's (it may quote the number)
            throw new SmsNotSentException("The SMS provider did not take the message", e);
        }
        if (answer == null || answer.id() == null || answer.id().isBlank()) {
            throw new SmsNotSentException("The SMS provider's answer has no message id", null);
        }
        return new SentSms(answer.id());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The part of the provider's answer we use; 46elks sends more fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProviderAnswer(String id) {}
}
