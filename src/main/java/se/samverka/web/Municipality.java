package se.samverka.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs this Samverka: the municipality's name and how residents reach it, shown in every page's footer and in
 * the accessibility statement ({@code samverka.municipality.*}, environment variables {@code SAMVERKA_MUNICIPALITY_*}).
 *
 * @param name the municipality, e.g. "Ekerö kommun"
 * @param phone the number residents call for help and questions, as people write it
 * @param openingHours when that number answers, in Swedish
 * @param openingHoursEn the same in English (Swedish is shown when empty)
 * @param email where questions about the service go
 * @param accessibility the facts of the accessibility statement
 */
@ConfigurationProperties("samverka.municipality")
public record Municipality(
        @DefaultValue("Kommunen") String name,
        @DefaultValue("") String phone,
        @DefaultValue("") String openingHours,
        @DefaultValue("") String openingHoursEn,
        @DefaultValue("") String email,
        @DefaultValue Accessibility accessibility) {

    public String openingHours(String language) {
        return "en".equals(language) && !openingHoursEn.isBlank() ? openingHoursEn : openingHours;
    }

    public boolean hasPhone() {
        return !phone.isBlank();
    }

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

            @DefaultValue("html-validation") List<String> shortcomings) {

        public boolean fullyCompliant() {
            return shortcomings.isEmpty();
        }
    }
}
