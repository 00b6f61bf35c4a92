package se.samverka.demo;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.samverka.organisation.ActivityKind;
import se.samverka.organisation.OrganisationAdministration;
import se.samverka.organisation.OrganisationAdministration.Application;
import se.samverka.organisation.OrganisationForm;

/**
 * Associations in Ekerö's districts (three approved, one waiting for vetting), through the organisation module's
 * service; {@link DemoEfforts} adds their efforts. The organisationsnummer are made up but pass the check digit.
 */
@Component
class DemoOrganisations {

    /** The representative who logs in with a one-time link, like the demo volunteers. */
    static final String REPRESENTATIVE = "forening@example.se";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final OrganisationAdministration organisations;

    DemoOrganisations(OrganisationAdministration organisations) {
        this.organisations = organisations;
    }

    /** The associations; returns the Red Cross circle, which runs efforts of its own. */
    UUID create() {
        var redCross = approved(new Application(
                "Ekerö Röda Korset-krets",
                "802417-3513",
                OrganisationForm.IDEELL_FORENING,
                "Vi ordnar besöksverksamhet, språkcafé och krisberedskap på Ekerö och Munsö. Alla som vill hjälpa till"
                        + " är välkomna, vi introducerar nya frivilliga varje månad.",
                Set.of("ekero-centrum", "trakvista", "munso"),
                Set.of(
                        ActivityKind.SOCIAL_SUPPORT,
                        ActivityKind.EMERGENCY_PREPAREDNESS,
                        ActivityKind.INTEGRATION_LANGUAGE),
                "https://ekero.example.se/rodakorset",
                "ekero.rodakorset@example.se",
                "08-560 310 00",
                "Rut Korsberg",
                REPRESENTATIVE));
        approved(new Application(
                "Färentuna-Hilleshögs hembygdsförening",
                "802466-1921",
                OrganisationForm.IDEELL_FORENING,
                "Vi vårdar hembygdsgården i Färentuna, ordnar slåtter, julmarknad och berättarkvällar för alla åldrar.",
                Set.of("farentuna", "sanga"),
                Set.of(ActivityKind.CULTURE, ActivityKind.ELDERLY),
                null,
                "hembygd.farentuna@example.se",
                null,
                "Olof Hilleshög",
                "olof.hilleshog@example.se"));
        approved(new Application(
                "Svenska kyrkan Ekerö pastorat",
                "252004-7131",
                OrganisationForm.TROSSAMFUND,
                "Gudstjänster, samtal och diakoni i Ekerö, Lovö, Munsö och Adelsö. Diakonin besöker äldre och ensamma"
                        + " och ordnar sopplunch varje vecka.",
                Set.of("ekero-centrum", "lovo-drottningholm", "munso", "adelso"),
                Set.of(ActivityKind.FAITH, ActivityKind.ELDERLY, ActivityKind.SOCIAL_SUPPORT),
                null,
                "ekero.pastorat@example.se",
                "08-560 380 00",
                "Maria Lund",
                "maria.lund@example.se"));
        organisations.apply(
                new Application(
                        "Stenhamra IF ungdomssektion",
                        "802533-8404",
                        OrganisationForm.IDEELL_FORENING,
                        "Fotboll och innebandy för barn och unga i Stenhamra, med ledare som är frivilliga föräldrar.",
                        Set.of("stenhamra"),
                        Set.of(ActivityKind.SPORT, ActivityKind.CHILDREN_YOUTH),
                        null,
                        "ungdom.stenhamraif@example.se",
                        null,
                        "Kim Stenlund",
                        "kim.stenlund@example.se"),
                SWEDISH);
        return redCross;
    }

    private UUID approved(Application application) {
        var id = organisations.apply(application, SWEDISH);
        organisations.approve(id, "admin");
        return id;
    }
}
