package se.samverka.organisation;

import java.util.UUID;

/** A member of municipal staff working for a department, as the administrators' page shows them. */
record StaffMember(UUID accountId, String username, String displayName) {}
