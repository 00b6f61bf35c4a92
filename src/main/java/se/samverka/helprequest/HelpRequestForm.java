package se.samverka.helprequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * What a resident, someone on their behalf, or a coordinator on the phone types. Rules that need the
 * clock or the districts are in {@link FormRules}. Phones stay text so that a typo is shown back as typed.
 */
record HelpRequestForm(
        @NotNull(message = "{helprequest.asker.required}") Asker asker,

        @Size(max = 120, message = "{helprequest.submitterName.tooLong}")
        String submitterName,

        String submitterPhone,

        @Size(max = 100, message = "{helprequest.submitterRelation.tooLong}")
        String submitterRelation,

        @NotBlank(message = "{helprequest.residentName.required}")
        @Size(max = 120, message = "{helprequest.residentName.tooLong}")
        String residentName,

        @NotBlank(message = "{helprequest.residentPhone.required}")
        String residentPhone,

        @NotBlank(message = "{helprequest.streetAddress.required}")
        @Size(max = 200, message = "{helprequest.streetAddress.tooLong}")
        String streetAddress,

        @NotBlank(message = "{helprequest.districtId.required}")
        String districtId,

        @NotNull(message = "{helprequest.kind.required}") HelpKind kind,

        @NotBlank(message = "{helprequest.description.required}")
        @Size(max = 2000, message = "{helprequest.description.tooLong}")
        String description,

        @NotNull(message = "{helprequest.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotNull(message = "{helprequest.timeFrom.required}") @DateTimeFormat(pattern = "HH:mm")
        LocalTime timeFrom,

        @NotNull(message = "{helprequest.timeTo.required}") @DateTimeFormat(pattern = "HH:mm")
        LocalTime timeTo,

        @NotNull(message = "{helprequest.recurrence.required}")
        Recurrence recurrence,

        String language,

        @NotNull(message = "{helprequest.paymentMethod.required}")
        PaymentMethod paymentMethod,

        @NotBlank(message = "{helprequest.codeWord.required}")
        @Size(max = 60, message = "{helprequest.codeWord.tooLong}")
        String codeWord,

        RiskAnswer riskGroup,
        Boolean riskConsent,
        Boolean consent) {

    /** The public form starts almost empty: people choose for themselves. */
    static HelpRequestForm empty() {
        return new HelpRequestForm(
                null,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                null,
                "",
                null,
                null,
                null,
                Recurrence.ONE_OFF,
                "",
                null,
                "",
                null,
                false,
                false);
    }

    /** Phone intake starts with what most calls are: shopping today, one-off, paid by invoice. */
    static HelpRequestForm phoneDefaults(LocalDate today) {
        return new HelpRequestForm(
                Asker.SELF,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                HelpKind.SHOPPING,
                "",
                today,
                null,
                null,
                Recurrence.ONE_OFF,
                "",
                PaymentMethod.INVOICE,
                "",
                null,
                false,
                false);
    }

    /** Only the public form asks; a box left unticked sends nothing, hence the wrapper type. */
    boolean consented() {
        return Boolean.TRUE.equals(consent);
    }

    /** The resident agreed that their risk-group answer is stored; both forms ask, since it is health data. */
    boolean riskConsented() {
        return Boolean.TRUE.equals(riskConsent);
    }

    /**
     * Whether a risk-group answer will be stored. A yes is health data and needs the consent box; a no is kept only
     * with the box ticked (without it, it is treated as not answered: nothing about health is stored, and nobody is
     * asked for a consent that protects nothing); not wanting to answer stores nothing.
     */
    boolean answersRiskQuestion() {
        return riskGroup == RiskAnswer.YES || (riskGroup == RiskAnswer.NO && riskConsented());
    }

    /** Only a yes makes the consent box required. */
    boolean needsRiskConsent() {
        return riskGroup == RiskAnswer.YES;
    }

    boolean onBehalf() {
        return asker == Asker.ON_BEHALF;
    }

    /** Only call after {@link FormRules} found no errors. */
    NewHelpRequest toNewHelpRequest(Channel channel) {
        return new NewHelpRequest(
                residentName.strip(),
                PhoneNumber.of(residentPhone),
                streetAddress.strip(),
                districtId,
                kind,
                description.strip(),
                date,
                timeFrom,
                timeTo,
                recurrence,
                paymentMethod,
                codeWord.strip(),
                answersRiskQuestion() ? riskGroup.stored() : null,
                blankToNull(language),
                channel,
                onBehalf() ? submitterName.strip() : null,
                onBehalf() ? PhoneNumber.of(submitterPhone) : null,
                onBehalf() ? submitterRelation.strip() : null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "HelpRequestForm[" + kind + ", " + districtId + ", " + date + "]";
    }
}
