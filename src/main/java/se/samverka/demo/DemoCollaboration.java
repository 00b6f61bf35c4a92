package se.samverka.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.samverka.collaboration.AgreementStatus;
import se.samverka.collaboration.AgreementType;
import se.samverka.collaboration.Agreements;
import se.samverka.collaboration.Agreements.Registration;
import se.samverka.collaboration.CollaborationBody;
import se.samverka.organisation.Organisations;
import se.samverka.shared.MunicipalTime;

/**
 * The collaboration body: two department representatives (representant@example.se / representant for
 * Socialförvaltningen, kultur@example.se / kultur for Kultur- och fritidsförvaltningen) and agreements of several
 * kinds with the demo associations, two of them ending within 90 days, with follow-up dates.
 */
@Component
class DemoCollaboration {

    static final String REPRESENTATIVE = "representant@example.se";

    static final String CULTURE_REPRESENTATIVE = "kultur@example.se";

    private final CollaborationBody body;
    private final Agreements agreements;
    private final Organisations organisations;
    private final Clock clock;

    DemoCollaboration(CollaborationBody body, Agreements agreements, Organisations organisations, Clock clock) {
        this.body = body;
        this.agreements = agreements;
        this.organisations = organisations;
        this.clock = clock;
    }

    void create() {
        body.appoint("sof", REPRESENTATIVE, "Rebecka Representant", "representant");
        body.appoint("kff", CULTURE_REPRESENTATIVE, "Kalle Kultur", "kultur");
        var redCross = organisation("Ekerö Röda Korset-krets");
        var heritage = organisation("Färentuna-Hilleshögs hembygdsförening");
        var church = organisation("Svenska kyrkan Ekerö pastorat");
        var today = LocalDate.now(clock.withZone(MunicipalTime.ZONE));

        var visits = agreements.register(
                new Registration(
                        "sof",
                        redCross,
                        AgreementType.IOP,
                        "IOP Besöksvänner för äldre",
                        "Idéburet offentligt partnerskap om besöksverksamhet på kommunens äldreboenden.",
                        today.minusYears(1),
                        today.plusDays(60),
                        new BigDecimal("450000"),
                        "Rebecka Representant",
                        REPRESENTATIVE,
                        "Rut Korsberg",
                        "forening@example.se",
                        AgreementStatus.ACTIVE),
                "demo");
        agreements.addFollowUp(visits, today.plusDays(7), "Halvårsuppföljning: antal besök och nya besöksvänner.");
        agreements.addFollowUp(visits, today.plusDays(45), "Beslut om förlängning inför nästa period.");
        agreements.addDocument(visits, "Partnerskapsavtal (diariet)", "https://diarie.example.se/sof/2025-118");

        var soup = agreements.register(
                new Registration(
                        "sof",
                        church,
                        AgreementType.OVERENSKOMMELSE,
                        "Överenskommelse om sopplunch och samtalsstöd",
                        "Diakonin ordnar sopplunch varje vecka; socialtjänsten hänvisar och bidrar med lokal.",
                        today.minusMonths(8),
                        today.plusMonths(16),
                        null,
                        "Rebecka Representant",
                        REPRESENTATIVE,
                        "Maria Lund",
                        "maria.lund@example.se",
                        AgreementStatus.ACTIVE),
                "demo");
        agreements.addFollowUp(soup, today.plusDays(12), "Gemensamt möte om vinterns behov.");

        var grant = agreements.register(
                new Registration(
                        "kff",
                        heritage,
                        AgreementType.FORENINGSBIDRAG,
                        "Verksamhetsbidrag hembygdsgården",
                        "Årligt bidrag till drift av hembygdsgården och öppet hus.",
                        today.withDayOfYear(1),
                        today.withDayOfYear(1).plusYears(1).minusDays(1),
                        new BigDecimal("85000"),
                        "Kalle Kultur",
                        CULTURE_REPRESENTATIVE,
                        "Olof Hilleshög",
                        "olof.hilleshog@example.se",
                        AgreementStatus.ACTIVE),
                "demo");
        agreements.addFollowUp(grant, today.plusDays(30), "Verksamhetsberättelse och ekonomisk redovisning.");

        agreements.register(
                new Registration(
                        "kff",
                        redCross,
                        AgreementType.INFORMAL,
                        "Språkcafé på biblioteket",
                        "Informell samverkan: biblioteket lånar ut lokal, föreningen står för volontärer.",
                        today.minusMonths(3),
                        null,
                        null,
                        "Kalle Kultur",
                        CULTURE_REPRESENTATIVE,
                        "Rut Korsberg",
                        "forening@example.se",
                        AgreementStatus.ACTIVE),
                "demo");

        agreements.register(
                new Registration(
                        "buf",
                        church,
                        AgreementType.OVERENSKOMMELSE,
                        "Läxhjälp i församlingshemmet",
                        "Överenskommelse om läxhjälp två eftermiddagar i veckan.",
                        today.minusMonths(10),
                        today.plusDays(80),
                        new BigDecimal("30000"),
                        "Alva Admin",
                        "admin@example.se",
                        "Maria Lund",
                        "maria.lund@example.se",
                        AgreementStatus.ACTIVE),
                "demo");

        agreements.register(
                new Registration(
                        "sof",
                        heritage,
                        AgreementType.IOP,
                        "IOP Mötesplats för seniorer",
                        "Förslag till partnerskap om en mötesplats i Färentuna.",
                        today.plusMonths(2),
                        today.plusMonths(26),
                        new BigDecimal("200000"),
                        "Rebecka Representant",
                        REPRESENTATIVE,
                        "Olof Hilleshög",
                        "olof.hilleshog@example.se",
                        AgreementStatus.DRAFT),
                "demo");
    }

    private UUID organisation(String name) {
        return organisations.approved().stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
