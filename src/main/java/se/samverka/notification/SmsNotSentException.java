package se.samverka.notification;

/**
 * The SMS provider did not take a message: it answered with an error or could not be reached. The message
 * says which, never to whom.
 */
public class SmsNotSentException extends RuntimeException {

    public SmsNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
