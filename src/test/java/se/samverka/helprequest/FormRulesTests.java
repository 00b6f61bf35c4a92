package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import se.samverka.shared.HelpKind;

class FormRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void acceptsTodayAndExactlySixtyDaysAhead() {
        assertThat(errors(form(TODAY, "10:00", "12:00")).hasErrors()).isFalse();
        assertThat(errors(form(TODAY.plusDays(60), "10:00", "12:00")).hasErrors())
                .isFalse();
    }

    @Test
    void rejectsYesterday() {
        assertThat(codeOf(errors(form(TODAY.minusDays(1), "10:00", "12:00")), "date"))
                .isEqualTo("helprequest.date.past");
    }

    @Test
    void rejectsMoreThanSixtyDaysAheadAndSaysTheLimit() {
        var errors = errors(form(TODAY.plusDays(61), "10:00", "12:00"));
        assertThat(codeOf(errors, "date")).isEqualTo("helprequest.date.tooFar");
        assertThat(errors.getFieldError("date").getArguments()).containsExactly(60);
    }

    @Test
    void rejectsAnEndTimeBeforeOrEqualToTheStart() {
        assertThat(codeOf(errors(form(TODAY, "12:00", "10:00")), "timeTo")).isEqualTo("helprequest.timeTo.beforeFrom");
        assertThat(codeOf(errors(form(TODAY, "10:00", "10:00")), "timeTo")).isEqualTo("helprequest.timeTo.beforeFrom");
        assertThat(errors(form(TODAY, "10:00", "10:01")).hasErrors()).isFalse();
    }

    @Test
    void missingDateOrTimesAreLeftToBeanValidation() {
        assertThat(errors(form(null, null, null)).hasErrors()).isFalse();
    }

    @Test
    void acceptsLandlinesAndRejectsNumbersThatDoNotExist() {
        assertThat(errors(with(form(TODAY, "10:00", "12:00"), "08-560 390 00", null))
                        .hasErrors())
                .isFalse();
        assertThat(codeOf(errors(with(form(TODAY, "10:00", "12:00"), "123", null)), "residentPhone"))
                .isEqualTo("helprequest.residentPhone.invalid");
    }

    @Test
    void rejectsUnknownDistrictsAndLanguages() {
        var form = form(TODAY, "10:00", "12:00");
        var unknown = new HelpRequestForm(
                form.asker(),
                null,
                null,
                null,
                form.residentName(),
                form.residentPhone(),
                form.streetAddress(),
                "atlantis",
                form.kind(),
                form.description(),
                form.date(),
                form.timeFrom(),
                form.timeTo(),
                form.recurrence(),
                "klingon",
                form.paymentMethod(),
                form.codeWord(),
                null,
                null,
                true);
        var errors = errors(unknown);
        assertThat(codeOf(errors, "districtId")).isEqualTo("helprequest.districtId.unknown");
        assertThat(codeOf(errors, "language")).isEqualTo("helprequest.language.unknown");
    }

    @Test
    void someoneAskingOnBehalfMustSayWhoTheyAreAndHowToReachThem() {
        var errors = errors(with(form(TODAY, "10:00", "12:00"), "070-123 45 67", Asker.ON_BEHALF));
        assertThat(codeOf(errors, "submitterName")).isEqualTo("helprequest.submitterName.required");
        assertThat(codeOf(errors, "submitterPhone")).isEqualTo("helprequest.submitterPhone.required");
        assertThat(codeOf(errors, "submitterRelation")).isEqualTo("helprequest.submitterRelation.required");
    }

    @Test
    void submitterFieldsAreIgnoredWhenAskingForOneself() {
        var form = form(TODAY, "10:00", "12:00");
        var self = new HelpRequestForm(
                Asker.SELF,
                "",
                "not a phone",
                "",
                form.residentName(),
                form.residentPhone(),
                form.streetAddress(),
                form.districtId(),
                form.kind(),
                form.description(),
                form.date(),
                form.timeFrom(),
                form.timeTo(),
                form.recurrence(),
                "",
                form.paymentMethod(),
                form.codeWord(),
                null,
                null,
                true);
        assertThat(errors(self).hasErrors()).isFalse();
        assertThat(self.toNewHelpRequest(Channel.WEB).submitterPhone()).isNull();
    }

    @Test
    void aFieldWithAnErrorAlreadyGetsNoSecondOne() {
        var form = form(TODAY.minusDays(1), "10:00", "12:00");
        var errors = new BeanPropertyBindingResult(form, "form");
        errors.rejectValue("date", "typeMismatch");
        FormRules.check(form, TODAY, Set.of("ekero-centrum")::contains, errors);
        assertThat(errors.getFieldErrorCount("date")).isEqualTo(1);
    }

    private static HelpRequestForm form(LocalDate date, String from, String to) {
        return new HelpRequestForm(
                Asker.SELF,
                "",
                "",
                "",
                "Greta Ek",
                "070-123 45 67",
                "Tappström 12",
                "ekero-centrum",
                HelpKind.SHOPPING,
                "Mjölk",
                date,
                from == null ? null : LocalTime.parse(from),
                to == null ? null : LocalTime.parse(to),
                Recurrence.ONE_OFF,
                "",
                PaymentMethod.CASH,
                "Blåbär",
                null,
                null,
                true);
    }

    private static HelpRequestForm with(HelpRequestForm f, String residentPhone, Asker asker) {
        return new HelpRequestForm(
                asker == null ? f.asker() : asker,
                f.submitterName(),
                f.submitterPhone(),
                f.submitterRelation(),
                f.residentName(),
                residentPhone,
                f.streetAddress(),
                f.districtId(),
                f.kind(),
                f.description(),
                f.date(),
                f.timeFrom(),
                f.timeTo(),
                f.recurrence(),
                f.language(),
                f.paymentMethod(),
                f.codeWord(),
                f.riskGroup(),
                f.riskConsent(),
                f.consent());
    }

    private static Errors errors(HelpRequestForm form) {
        var errors = new BeanPropertyBindingResult(form, "form");
        FormRules.check(form, TODAY, Set.of("ekero-centrum")::contains, errors);
        return errors;
    }

    private static String codeOf(Errors errors, String field) {
        var error = errors.getFieldError(field);
        return error == null ? null : error.getCode();
    }
}
