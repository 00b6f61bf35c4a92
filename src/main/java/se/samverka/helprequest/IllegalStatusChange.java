package se.samverka.helprequest;

/** The request is no longer in a status that allows the change, usually because someone else was quicker. */
public class IllegalStatusChange extends RuntimeException {

    public IllegalStatusChange(String message) {
        super(message);
    }
}
