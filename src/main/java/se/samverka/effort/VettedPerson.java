package se.samverka.effort;

import java.util.UUID;

/** A registered (everyday-vetted) volunteer with a confirmed place on a shift: someone a spontaneous volunteer can go with. */
public record VettedPerson(UUID volunteerId, String name) {}
