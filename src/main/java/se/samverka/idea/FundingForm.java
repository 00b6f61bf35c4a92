package se.samverka.idea;

import java.math.BigDecimal;
import org.springframework.validation.Errors;

/** Funding sought: the source, the amount in whole kronor (optional) and its status. */
record FundingForm(String source, String amount, String status) {

    FundingForm {
        source = source == null ? "" : source;
        amount = amount == null ? "" : amount;
        status = status == null ? "" : status;
    }

    static FundingForm empty() {
        return new FundingForm("", "", FundingStatus.APPLIED.name());
    }

    void check(Errors errors) {
        if (source.isBlank()) {
            errors.rejectValue("source", "idea.field.source.required");
        } else if (source.strip().length() > 200) {
            errors.rejectValue("source", "idea.field.source.tooLong");
        }
        if (!amount.isBlank() && amountValue() == null) {
            errors.rejectValue("amount", "idea.field.amount.invalid");
        }
        if (statusValue() == null) {
            errors.rejectValue("status", "idea.field.fundingStatus.required");
        }
    }

    BigDecimal amountValue() {
        var digits = amount.replace(" ", "").replace("\u00a0", "");
        if (!digits.matches("\\d{1,12}")) {
            return null;
        }
        return new BigDecimal(digits);
    }

    FundingStatus statusValue() {
        try {
            return FundingStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
