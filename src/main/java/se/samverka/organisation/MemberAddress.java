package se.samverka.organisation;

/** Where to write to a member of an organisation: the e-mail address and the language of their account. */
public record MemberAddress(String email, String locale) {}
