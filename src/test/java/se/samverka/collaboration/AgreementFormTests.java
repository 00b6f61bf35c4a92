package se.samverka.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgreementFormTests {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    private static AgreementForm form(
            AgreementType type, LocalDate ends, BigDecimal amount, String email, LocalDate followUp, String note) {
        return new AgreementForm(
                "soc",
                UUID.randomUUID(),
                type,
                " Besöksvänner ",
                "",
                LocalDate.of(2026, 1, 1),
                ends,
                amount,
                "Kim Kommun",
                "kim@example.se",
                "Olle Org",
                email,
                AgreementStatus.ACTIVE,
                followUp,
                note);
    }

    private Map<String, String> problems(AgreementForm form) {
        var problems = new TreeMap<String, String>();
        validator.validate(form).forEach(v -> problems.put(v.getPropertyPath().toString(), v.getMessageTemplate()));
        return problems;
    }

    @Test
    void acceptsACompleteAgreementAndHandsOverDomainValues() {
        var form = form(
                AgreementType.IOP, LocalDate.of(2027, 12, 31), new BigDecimal("125000.50"), "o@example.se", null, "");
        assertThat(problems(form)).isEmpty();
        var registration = form.registration();
        assertThat(registration.title()).isEqualTo("Besöksvänner");
        assertThat(registration.amount()).isEqualByComparingTo("125000.50");
        assertThat(registration.type()).isEqualTo(AgreementType.IOP);
    }

    @Test
    void reportsEveryRuleNextToItsField() {
        var f = "{collaboration.agreement.field.";
        assertThat(problems(form(AgreementType.IOP, null, new BigDecimal("-5"), "inte-en-adress", null, "Ring")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "endsOn", f + "endsOn.required}",
                        "amount", f + "amount.negative}",
                        "organisationContactEmail", f + "contactEmail.invalid}",
                        "followUpOn", f + "followUpOn.required}"));
        assertThat(problems(form(AgreementType.IOP, LocalDate.of(2025, 12, 31), null, "o@example.se", null, "")))
                .containsExactly(Map.entry("endsOn", f + "endsOn.beforeStart}"));
        assertThat(problems(
                        form(AgreementType.INFORMAL, null, new BigDecimal("1234567890123"), "o@example.se", null, "")))
                .containsExactly(Map.entry("amount", f + "amount.tooLarge}"));
    }

    @Test
    void readsKronorAsSwedesWriteThemAndPrintsThemTheSameWay() throws ParseException {
        var kronor = new Kronor();
        var sv = Locale.forLanguageTag("sv");
        assertThat(kronor.parse("125 000", sv)).isEqualByComparingTo("125000");
        assertThat(kronor.parse("125\u00a0000,50 kr", sv)).isEqualByComparingTo("125000.50");
        assertThat(kronor.parse("-5", sv)).isEqualByComparingTo("-5");
        assertThatThrownBy(() -> kronor.parse("mycket", sv)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> kronor.parse("12,345", sv)).isInstanceOf(ParseException.class);
        assertThat(kronor.print(new BigDecimal("125000.00"), sv)).isEqualTo("125 000");
        assertThat(kronor.print(new BigDecimal("125000.50"), sv)).isEqualTo("125 000,50");
        assertThat(kronor.print(new BigDecimal("125000.50"), Locale.ENGLISH)).isEqualTo("125 000.50");
        assertThat(kronor.print(new BigDecimal("-5"), sv)).isEqualTo("-5");
        assertThat(kronor.print(new BigDecimal("999"), sv)).isEqualTo("999");
        assertThat(kronor.parse(kronor.print(new BigDecimal("1234567.25"), sv), sv))
                .isEqualByComparingTo("1234567.25");
    }
}
