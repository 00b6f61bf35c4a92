package se.samverka.referral;

/** A member of an organisation who is told about its referrals, in their own language ({@code sv} or {@code en}). */
public record Recipient(String email, String locale) {}
