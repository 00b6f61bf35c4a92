package se.samverka.volunteer;

import java.util.UUID;

/**
 * A volunteer as another list names them: the e-mail address (lower case), the mobile number (E.164) and whether they
 * have confirmed their registration themselves. For imports that must find people already in the register.
 */
public record VolunteerContact(UUID id, String name, String email, String phone, boolean confirmed) {}
