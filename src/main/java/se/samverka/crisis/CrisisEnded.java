package se.samverka.crisis;

import java.util.UUID;

/** A crisis ended: the banner goes, the everyday settings return, and everyone engaged has been thanked. */
public record CrisisEnded(UUID crisisId, String name, int volunteersThanked, int spontaneousThanked) {}
