package se.samverka.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.DataBinder;

class MeetingFormTests {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    private static MeetingForm form(LocalTime start, LocalTime end, String place, String video, Integer capacity) {
        return new MeetingForm(
                MeetingKind.NETWORK,
                "Tema",
                "Dagordning",
                LocalDate.of(2030, 5, 6),
                start,
                end,
                place,
                video,
                capacity,
                MeetingForm.IDEA_LAB);
    }

    /** Field to message template of every violation. */
    private Map<String, String> problems(Object form) {
        var problems = new TreeMap<String, String>();
        validator.validate(form).forEach(v -> problems.put(v.getPropertyPath().toString(), v.getMessageTemplate()));
        return problems;
    }

    @Test
    void acceptsACompleteNetworkMeeting() {
        assertThat(problems(form(LocalTime.of(18, 0), LocalTime.of(20, 0), "Biblioteket", "", 12)))
                .isEmpty();
    }

    @Test
    void reportsTheRulesAcrossFieldsNextToTheirFields() {
        assertThat(problems(form(LocalTime.of(20, 0), LocalTime.of(18, 0), " ", "", null)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "endTime", "{meeting.field.endTime.beforeStart}",
                        "place", "{meeting.field.place.required}",
                        "capacity", "{meeting.field.capacity.required}"));
    }

    @Test
    void aVideoLinkAloneIsEnoughButMustBeAWebAddress() {
        assertThat(problems(form(LocalTime.of(9, 0), LocalTime.of(10, 0), "", " https://meet.example.se/x ", 5)))
                .isEmpty();
        assertThat(problems(form(LocalTime.of(9, 0), LocalTime.of(10, 0), "", "javascript:alert(1)", 5)))
                .containsEntry("videoLink", "{meeting.field.videoLink.invalid}");
        assertThat(problems(form(LocalTime.of(9, 0), LocalTime.of(10, 0), "Rum", "", 1001)))
                .containsEntry("capacity", "{meeting.field.capacity.invalid}");
    }

    @Test
    void detailsCarryDomainValuesInStockholmTime() {
        var details = form(LocalTime.of(18, 0), LocalTime.of(20, 0), " Biblioteket ", "", 12)
                .details();
        assertThat(details.place()).isEqualTo("Biblioteket");
        assertThat(details.videoLink()).isNull();
        assertThat(details.departmentId()).isNull();
        assertThat(details.startsAt()).hasToString("2030-05-06T16:00:00Z");
    }

    @Test
    void anActionFormNeedsADescriptionOneOwnerOfAKnownShapeAndADate() {
        var due = LocalDate.of(2030, 5, 6);
        assertThat(problems(new ActionForm(" ", "", null)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "description", "{meeting.field.description.required}",
                        "owner", "{meeting.field.owner.required}",
                        "dueOn", "{meeting.field.dueOn.required}"));
        assertThat(validator.validate(new ActionForm("Boka", " ", due)))
                .as("a blank owner is one problem, not two")
                .hasSize(1);
        assertThat(problems(new ActionForm("Boka", "organisation:inte-ett-id", due)))
                .containsOnlyKeys("owner");
        assertThat(problems(new ActionForm("x".repeat(1000) + "\n", "department:sof", due)))
                .as("counted as it will be saved, stripped")
                .isEmpty();
        assertThat(problems(new ActionForm("x".repeat(1001), "department:sof", due)))
                .containsEntry("description", "{meeting.field.tooLong}");
    }

    @Test
    void anActionFormGivesTheModuleExactlyOneOwner() {
        var due = LocalDate.of(2030, 5, 6);
        var organisation = UUID.randomUUID();
        assertThat(new ActionForm(" Boka lokalen ", "organisation:" + organisation, due).action())
                .isEqualTo(new NewAction("Boka lokalen", organisation, null, due));
        assertThat(new ActionForm("Boka", "department:sof", due).action())
                .isEqualTo(new NewAction("Boka", null, "sof", due));
    }

    @Test
    void aRegistrationFormTakesOneToFiftyParticipantsAndTheirNames() {
        assertThat(problems(new RegistrationForm(1, "Rut"))).isEmpty();
        assertThat(problems(new RegistrationForm(50, "Rut"))).isEmpty();
        for (var participants : new Integer[] {null, 0, 51}) {
            assertThat(problems(new RegistrationForm(participants, "Rut")))
                    .containsExactlyEntriesOf(Map.of("participants", "{meeting.field.participants.invalid}"));
        }
        assertThat(problems(new RegistrationForm(2, "  ")))
                .containsExactlyEntriesOf(Map.of("names", "{meeting.field.names.required}"));
    }

    @Test
    void anInviteFormNeedsAnOrganisationAndAShortListName() {
        assertThat(problems(new InviteForm(List.of(UUID.randomUUID()), ""))).isEmpty();
        assertThat(problems(new InviteForm(null, "x".repeat(101))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "organisationIds", "{meeting.field.organisationIds.required}",
                        "listName", "{meeting.field.tooLong}"));
        assertThat(problems(new DecisionForm(" "))).containsEntry("decision", "{meeting.field.decision.required}");
        assertThat(problems(new MinutesForm("x".repeat(20001)))).containsEntry("minutes", "{meeting.field.tooLong}");
        assertThat(problems(new MinutesForm(""))).isEmpty();
    }

    @Test
    void aValueThatDoesNotConvertIsKeptAsTypedWithATypeMismatch() {
        var binder = new DataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(MeetingForm.class));
        binder.setConversionService(new DefaultFormattingConversionService());
        var values = Map.of(
                "kind", "NETWORK",
                "title", "Tema",
                "agenda", "Dagordning",
                "date", "6 maj",
                "startTime", "18:00",
                "endTime", "20:00",
                "place", "Rum",
                "capacity", "tolv",
                "organiser", MeetingForm.IDEA_LAB);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                return values.get(name);
            }

            @Override
            public Set<String> getNames() {
                return values.keySet();
            }
        });
        var result = binder.getBindingResult();
        assertThat(result.getFieldError("date").getCode()).isEqualTo("typeMismatch");
        assertThat(result.getFieldValue("date")).isEqualTo("6 maj");
        assertThat(result.getFieldError("capacity").getCode()).isEqualTo("typeMismatch");
        assertThat(result.getFieldValue("capacity")).isEqualTo("tolv");
        assertThat(result.getFieldValue("title")).isEqualTo("Tema");
    }
}
