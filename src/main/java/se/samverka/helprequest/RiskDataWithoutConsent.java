package se.samverka.helprequest;

/** A risk-group answer was to be stored without a consent for it: refused, nothing is stored. */
public class RiskDataWithoutConsent extends IllegalArgumentException {

    RiskDataWithoutConsent() {
        super("A risk-group answer needs the resident's consent (RISK_GROUP_DATA)");
    }
}
