package se.samverka.helprequest;

/**
 * A panel another module adds to the coordinators' start page ({@code /samordning}), above the queue: the module
 * renders it with its own fragment, so the queue knows nothing of what it shows (the onboarding counts, say).
 */
public interface StartPagePanel {

    /** The template that holds a fragment named {@code panel}; it reads {@link #content()} as {@code ${panel}}. */
    String template();

    /** What the fragment shows, read once per page view. */
    Object content();
}
