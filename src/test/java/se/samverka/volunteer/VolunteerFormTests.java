package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import se.samverka.shared.HelpKind;

class VolunteerFormTests {

    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private static VolunteerForm form(String name, String email, String phone, Boolean consent) {
        return new VolunteerForm(
                name,
                email,
                phone,
                new LinkedHashSet<>(List.of("adelso")),
                new LinkedHashSet<>(List.of(HelpKind.SHOPPING)),
                new LinkedHashSet<>(List.of("sv")),
                true,
                new LinkedHashSet<>(List.of(TimeSlot.WEEKEND_EVENING)),
                AskFrequency.ONCE_A_WEEK,
                ContactChannel.EMAIL,
                false,
                "",
                "",
                true,
                consent,
                UUID.randomUUID().toString());
    }

    /** Field name to message key of each problem. */
    private static Map<String, String> problems(VolunteerForm form, Class<?>... groups) {
        return VALIDATOR.validate(form, groups).stream()
                .collect(Collectors.toMap(
                        v -> v.getPropertyPath().toString(),
                        ConstraintViolation::getMessageTemplate,
                        (a, b) -> a + " & " + b));
    }

    @Test
    void aCompleteSignUpHasNoProblems() {
        assertThat(problems(
                        form("Anna", "anna@exempel.se", "070-123 45 67", true),
                        Default.class,
                        VolunteerForm.Signup.class))
                .isEmpty();
    }

    @Test
    void consentIsAskedAtSignUpOnlyAndMissingIsTheSameAsNo() {
        var signup = new Class<?>[] {Default.class, VolunteerForm.Signup.class};
        assertThat(problems(form("Anna", "anna@exempel.se", "0701234567", false), signup))
                .containsExactly(Map.entry("consent", "{volunteer.consent.required}"));
        assertThat(problems(form("Anna", "anna@exempel.se", "0701234567", null), signup))
                .containsExactly(Map.entry("consent", "{volunteer.consent.required}"));
        assertThat(problems(form("Anna", "anna@exempel.se", "0701234567", null), Default.class))
                .isEmpty();
    }

    @Test
    void eachEmptyFieldGetsOneClearProblem() {
        var empty = new VolunteerForm(
                "", "", "", null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(problems(empty, Default.class))
                .containsOnly(
                        Map.entry("name", "{volunteer.name.required}"),
                        Map.entry("email", "{volunteer.email.required}"),
                        Map.entry("phone", "{volunteer.phone.required}"),
                        Map.entry("districts", "{volunteer.districts.required}"),
                        Map.entry("kinds", "{volunteer.kinds.required}"),
                        Map.entry("languages", "{volunteer.languages.required}"),
                        Map.entry("hasCar", "{volunteer.hasCar.required}"),
                        Map.entry("availability", "{volunteer.availability.required}"),
                        Map.entry("askFrequency", "{volunteer.askFrequency.required}"));
    }

    @Test
    void phoneMustReachAMobileAndEmailMustLookLikeOne() {
        assertThat(problems(form("Anna", "anna@", "08-123 456 78", true), Default.class))
                .containsOnly(
                        Map.entry("email", "{volunteer.email.invalid}"),
                        Map.entry("phone", "{volunteer.phone.invalid}"));
        assertThat(problems(form("Anna", "anna@exempel.se", "+44 7911 123456", true), Default.class))
                .isEmpty();
    }

    @Test
    void overLongTextsSayHowLongTheyMayBe() {
        assertThat(problems(form("x".repeat(121), "a".repeat(250) + "@exempel.se", "0701234567", true), Default.class))
                .containsOnly(
                        Map.entry("name", "{volunteer.name.tooLong}"), Map.entry("email", "{volunteer.email.tooLong}"));
        assertThat(problems(form("x".repeat(120), "anna@exempel.se", "0701234567", true), Default.class))
                .isEmpty();
    }

    @Test
    void checkedValuesAreReadTheWayTheyAreStored() {
        var details =
                form("  Anna Ek ", " Anna@Exempel.SE ", "070-123 45 67", true).details();
        assertThat(details.name()).isEqualTo("Anna Ek");
        assertThat(details.email().value()).isEqualTo("anna@exempel.se");
        assertThat(details.phone().e164()).isEqualTo("+46701234567");
        assertThat(details.availability()).isEqualTo(new Availability(false, false, false, true));
        assertThat(details.districtIds()).containsExactly("adelso");
    }

    @Test
    void theProfileFormShowsWhatIsStoredAndReadsBackTheSame() {
        var details = form("Anna", "anna@exempel.se", "0701234567", true).details();
        var profile = new VolunteerProfile(
                UUID.randomUUID(),
                UUID.randomUUID(),
                details.name(),
                details.email(),
                details.phone(),
                "sv",
                details.districtIds(),
                details.kinds(),
                details.languages(),
                details.hasCar(),
                details.availability(),
                details.askFrequency(),
                null,
                details.contactChannel(),
                details.quietHours(),
                details.digest(),
                details.adultConfirmed());
        var shown = VolunteerForm.of(profile);
        assertThat(shown.phone()).isEqualTo("070-123 45 67");
        assertThat(shown.details()).isEqualTo(details);
    }

    @Test
    void onlyAWellFormedFormIdIsKept() {
        var id = UUID.randomUUID().toString();
        assertThat(withFormId(id).signupFormId()).isEqualTo(id);
        assertThat(withFormId(" " + id.toUpperCase() + " ").signupFormId()).isEqualTo(id);
        assertThat(withFormId("<script>").signupFormId()).isNull();
        assertThat(withFormId(null).signupFormId()).isNull();
    }

    @Test
    void aNewFormComesWithItsOwnId() {
        assertThat(VolunteerForm.empty().signupFormId())
                .isNotNull()
                .isNotEqualTo(VolunteerForm.empty().formId());
    }

    private static VolunteerForm withFormId(String formId) {
        return new VolunteerForm(
                "Anna",
                "anna@exempel.se",
                "0701234567",
                Set.of("adelso"),
                Set.of(HelpKind.SHOPPING),
                Set.of("sv"),
                true,
                Set.of(TimeSlot.WEEKDAY_DAYTIME),
                AskFrequency.ONCE_A_WEEK,
                ContactChannel.SMS,
                true,
                "21.00",
                "8:00",
                false,
                true,
                formId);
    }
}
