package se.samverka.volunteer;

/** How a volunteer wants to be asked. */
public enum ContactChannel {
    EMAIL,
    SMS
}
