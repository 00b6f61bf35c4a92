package se.samverka.meeting;

/** Idélabbet's network meeting with associations, or the collaboration body's (samverkansorganet) own meeting. */
public enum MeetingKind {
    NETWORK,
    BODY;

    public String messageKey() {
        return "meeting.kind." + name();
    }
}
