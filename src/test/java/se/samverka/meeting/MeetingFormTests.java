package se.samverka.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    private Map<String, String> problems(MeetingForm form) {
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
