package se.samverka.registerimport;

/** What the preview says a row will do. */
public enum Outcome {
    NEW,
    UPDATE,
    DUPLICATE,
    ERROR
}
