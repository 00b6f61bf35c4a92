package se.samverka.idea;

/** Who may run the effort a launched idea becomes: {@code org:<id>} or {@code dep:<id>}, and its name. */
public record OwnerOption(String id, String name) {}
