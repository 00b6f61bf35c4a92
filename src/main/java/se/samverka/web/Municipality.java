package se.samverka.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The facts of the accessibility statement ({@code samverka.municipality.accessibility.*}). Who runs the service (name,
 * phone, opening hours ...) is the municipality module's ({@link se.samverka.municipality.MunicipalIdentities}).
 *
 * @param accessibility the facts of the accessibility statement
 */
@ConfigurationProperties("samverka.municipality")
public record Municipality(@DefaultValue Accessibility accessibility) {

    /**
     * The facts of the accessibility statement (DIGG's model). The compliance status follows from the list of known
     * shortcomings: none means "fully compliant", any means "partially compliant".
     *
     * @param contact the e-mail address for reports of accessibility problems
     * @param responseDays within how many working days a report is answered
     * @param assessed when the service was last assessed
     * @param updated when the statement was last updated
     * @param shortcomings the known shortcomings, by key: each has a criterion, a text and a plan in the message bundles
     *     ({@code accessibility.shortcoming.<key>.*})
     */
    public record Accessibility(
            @DefaultValue("tillganglighet@localhost") String contact,
            @DefaultValue("5") int responseDays,
            @DefaultValue("2026-12-07") LocalDate assessed,
            @DefaultValue("2026-12-07") LocalDate updated,

            @DefaultValue List<String> shortcomings) {

        public boolean fullyCompliant() {
            return shortcomings.isEmpty();
        }
    }
}
