package se.samverka.helprequest;

/** How the request reached the municipality. */
public enum Channel {
    WEB,
    PHONE
}
