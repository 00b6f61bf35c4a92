package se.samverka.collaboration;

/** The kind of agreement or partnership; INFORMAL needs no end date. */
public enum AgreementType {
    IOP,
    OVERENSKOMMELSE,
    FORENINGSBIDRAG,
    UPPHANDLING,
    INFORMAL;

    public String messageKey() {
        return "collaboration.type." + name();
    }
}
