package se.samverka.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverka.effort.Effort;
import se.samverka.effort.Shift;
import se.samverka.organisation.ActivityKind;
import se.samverka.organisation.Organisation;
import se.samverka.organisation.OrganisationForm;
import se.samverka.shared.HelpKind;
import se.samverka.shared.MunicipalTime;

/**
 * What the public API shows: exactly what the public pages show, less the names and e-mail addresses of persons
 * (an effort's contact person, an organisation's representatives).
 */
final class PublicViews {

    private PublicViews() {}

    /** A published (or paused) effort in the listing. */
    record PublicEffort(
            UUID id,
            String title,
            String description,
            String targetGroup,
            LocalDate periodStart,
            LocalDate periodEnd,
            String organiser,
            UUID organisationId,
            List<String> districts,
            boolean paused,
            String link) {

        static PublicEffort of(Effort e, String organiser) {
            return new PublicEffort(
                    e.id(),
                    e.title(),
                    e.description(),
                    e.targetGroup(),
                    e.periodStart(),
                    e.periodEnd(),
                    organiser,
                    e.organisationId(),
                    e.districtIds(),
                    !e.isPublished(),
                    "/insatser/" + e.id());
        }
    }

    /** A published effort with its shifts still open to sign-ups. */
    record PublicEffortWithShifts(PublicEffort effort, List<PublicShift> shifts) {}

    /** A shift that has not started and is not cancelled; times are local time in Europe/Stockholm. */
    record PublicShift(
            UUID id,
            String title,
            LocalDate date,
            LocalTime from,
            LocalTime to,
            String timeZone,
            String place,
            String district,
            List<HelpKind> kinds,
            String language,
            boolean adultOnly,
            String signupMode,
            int maxVolunteers,
            int placesLeft) {

        static PublicShift of(Shift s) {
            return new PublicShift(
                    s.id(),
                    s.title(),
                    s.date(),
                    s.from(),
                    s.to(),
                    MunicipalTime.ZONE.getId(),
                    s.place(),
                    s.districtId(),
                    s.kinds(),
                    s.language(),
                    s.adultOnly(),
                    s.mode().name(),
                    s.maxVolunteers(),
                    s.placesLeft());
        }
    }

    /** An approved organisation as the public directory shows it. */
    record PublicOrganisation(
            UUID id,
            String name,
            OrganisationForm form,
            String organisationNumber,
            String purpose,
            Set<String> districts,
            Set<ActivityKind> activities,
            String website,
            String email,
            String phone) {

        static PublicOrganisation of(Organisation o) {
            return new PublicOrganisation(
                    o.id(),
                    o.name(),
                    o.form(),
                    o.orgNumber() == null ? null : o.orgNumber().value(),
                    o.purpose(),
                    o.districtIds(),
                    o.activities(),
                    o.website(),
                    o.email(),
                    o.phone());
        }
    }
}
