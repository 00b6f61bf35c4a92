package se.samverka.account;

import java.time.Instant;
import java.util.UUID;

/** One staff account as an administrator sees it; {@code lastSignIn} is null until the first sign-in. */
record StaffAccount(
        UUID id,
        String username,
        String displayName,
        Role role,
        boolean enabled,
        Instant lastSignIn,
        Instant createdAt,
        StaffStatus status) {

    public boolean admin() {
        return role == Role.ADMIN;
    }
}
