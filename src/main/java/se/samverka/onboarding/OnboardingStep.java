package se.samverka.onboarding;

/** The step a volunteer waits at, in the order they are taken; a volunteer past every step is ready. */
public enum OnboardingStep {
    /** Signed up, the e-mail address not yet confirmed. */
    CONFIRM_EMAIL,
    /** Offers a kind of help that needs an identity check, and has none valid today. */
    ID_CHECK,
    /** Has not accepted the current confidentiality pledge. */
    PLEDGE,
    READY;

    public String messageKey() {
        return "onboarding.step." + name();
    }
}
