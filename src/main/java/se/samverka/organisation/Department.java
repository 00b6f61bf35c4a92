package se.samverka.organisation;

/** A municipal department (förvaltning). */
public record Department(String id, String name, int sortOrder, boolean active) {}
