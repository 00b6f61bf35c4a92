package se.samverka.resourcegroup;

/** What kind of trained group: the municipality's FRG (frivillig resursgrupp), or another trained group. */
public enum GroupKind {
    FRG,
    OTHER;

    public String messageKey() {
        return "resourcegroup.kind." + name();
    }
}
