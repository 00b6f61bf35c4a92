package se.samverka.idea;

/** The help an idea's initiator asks Idélabbet for. */
public enum HelpWanted {
    COACHING,
    PREMISES,
    CONTACTS,
    FUNDING,
    VOLUNTEERS;

    public String messageKey() {
        return "idea.help." + name();
    }
}
