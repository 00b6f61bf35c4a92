package se.samverka.account;

/**
 * A verified person who may not go on (no role, a disabled account, an identity already linked elsewhere). The code
 * is a short word the page after the refusal shows a message for; never personal data.
 */
public class OidcRefusal extends RuntimeException {

    private final String code;

    public OidcRefusal(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
