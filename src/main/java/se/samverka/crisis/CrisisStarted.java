package se.samverka.crisis;

import java.util.UUID;

/** A crisis started: the public pages show its banner from now on. */
public record CrisisStarted(UUID crisisId, String name) {}
