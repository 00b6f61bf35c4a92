package se.samverka.desk;

/** What a coordinator sends from the register: an invitation to an onboarding meeting, or a message of their own. */
public enum MessageKind {
    INVITATION,
    MESSAGE;

    public String messageKey() {
        return "desk.message.kind." + name();
    }
}
