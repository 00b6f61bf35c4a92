package se.samverka.shared;

/** The version of the privacy notice that is published at /integritet; consents store it. */
public final class PrivacyNotice {

    public static final String CURRENT_VERSION = "2026-11-30";

    private PrivacyNotice() {}
}
