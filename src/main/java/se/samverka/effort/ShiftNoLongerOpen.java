package se.samverka.effort;

import java.util.UUID;

/** A shift took its last place ({@code filled}) or was cancelled: a call-out for it has nobody left to ask for. */
public record ShiftNoLongerOpen(UUID shiftId, boolean filled) {}
