package se.samverka.shared;

/** What a reply to a call-out SMS says: yes, no, or something a person has to read. */
public enum SmsAnswer {
    YES,
    NO,
    UNKNOWN
}
