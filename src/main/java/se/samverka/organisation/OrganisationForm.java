package se.samverka.organisation;

/** The legal form of an organisation. Networks are informal and need no organisationsnummer. */
public enum OrganisationForm {
    IDEELL_FORENING,
    STIFTELSE,
    TROSSAMFUND,
    EKONOMISK_FORENING,
    NATVERK;

    public boolean needsOrgNumber() {
        return this != NATVERK;
    }

    public String messageKey() {
        return "organisation.form." + name();
    }
}
