package se.samverka.notification;

/** An SMS the provider took, with the provider's id for it. */
public record SentSms(String providerMessageId) {}
