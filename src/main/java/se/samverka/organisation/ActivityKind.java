package se.samverka.organisation;

/** What an organisation does, for the directory's filters and for finding the right partner. */
public enum ActivityKind {
    SOCIAL_SUPPORT,
    ELDERLY,
    CHILDREN_YOUTH,
    SPORT,
    CULTURE,
    INTEGRATION_LANGUAGE,
    ENVIRONMENT,
    FAITH,
    HEALTH,
    EMERGENCY_PREPAREDNESS;

    public String messageKey() {
        return "organisation.activity." + name();
    }
}
