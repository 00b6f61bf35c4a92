package se.samverka.registerimport;

import java.util.List;
import java.util.Locale;

/** What a file holds, with its columns as the template names them (Swedish, as the administrators' own lists). */
public enum ImportKind {
    ASSOCIATIONS(
            "foreningar",
            List.of(
                    Column.NAME,
                    Column.ORG_NUMBER,
                    Column.FORM,
                    Column.EMAIL,
                    Column.PHONE,
                    Column.WEBSITE,
                    Column.DISTRICTS,
                    Column.PURPOSE)),
    VOLUNTEERS("volontarer", List.of(Column.NAME, Column.EMAIL, Column.MOBILE, Column.DISTRICTS, Column.LANGUAGES)),
    /** Members of resource groups (FRG): people already in the volunteer register, found by e-mail or mobile. */
    FRG_MEMBERS(
            "frg-medlemmar",
            List.of(
                    Column.GROUP,
                    Column.MEMBER_EMAIL,
                    Column.MEMBER_MOBILE,
                    Column.MEMBER_NAME,
                    Column.ROLE,
                    Column.TRAINING,
                    Column.TRAINED_ON,
                    Column.EXPIRES_ON));

    /** A column of the template: its header in the file, an English header also understood, and whether required. */
    enum Column {
        NAME("Namn", "Name", true),
        ORG_NUMBER("Organisationsnummer", "Organisation number", true),
        FORM("Organisationsform", "Form", false),
        EMAIL("E-post", "E-mail", true),
        PHONE("Telefon", "Phone", false),
        MOBILE("Mobilnummer", "Mobile", true),
        WEBSITE("Webbplats", "Website", false),
        DISTRICTS("Områden", "Districts", false),
        PURPOSE("Ändamål", "Purpose", false),
        LANGUAGES("Språk", "Languages", false),
        GROUP("Grupp", "Group", true),
        MEMBER_EMAIL("E-post", "E-mail", false, "Epost", "Email"),
        MEMBER_MOBILE("Mobilnummer", "Mobile", false, "Telefon", "Phone", "Mobile number"),
        MEMBER_NAME("Namn", "Name", false),
        ROLE("Roll", "Role", false),
        TRAINING("Utbildning", "Training", false),
        TRAINED_ON("Genomförd", "Completed", false, "Utbildningsdatum", "Completed on"),
        EXPIRES_ON("Giltig till", "Expires", false, "Går ut", "Valid until", "Expires on");

        final String header;
        final String english;
        final boolean required;
        /** Other headers understood, in either language. */
        final List<String> aliases;

        Column(String header, String english, boolean required, String... aliases) {
            this.header = header;
            this.english = english;
            this.required = required;
            this.aliases = List.of(aliases);
        }

        boolean matches(String cell) {
            var c = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
            return c.equals(header.toLowerCase(Locale.ROOT))
                    || c.equals(english.toLowerCase(Locale.ROOT))
                    || aliases.stream().anyMatch(a -> c.equals(a.toLowerCase(Locale.ROOT)));
        }
    }

    final String slug;
    final List<Column> columns;

    ImportKind(String slug, List<Column> columns) {
        this.slug = slug;
        this.columns = columns;
    }

    /** The kind named in an address, or null. */
    static ImportKind ofSlug(String slug) {
        for (var kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        return null;
    }

    public String slug() {
        return slug;
    }
}
