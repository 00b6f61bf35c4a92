package se.samverka.meeting;

/** A possible owner of an action in the form's select: {@code organisation:<id>} or {@code department:<id>}. */
public record OwnerOption(String value, String name) {}
