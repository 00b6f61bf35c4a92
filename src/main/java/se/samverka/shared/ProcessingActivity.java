package se.samverka.shared;

import java.util.Objects;

/**
 * One entry in the record of processing activities (GDPR article 30). Every text is a message key, so the
 * record is published in each language. Modules declare their entries through {@link ProcessingActivities}.
 *
 * @param module the module that stores the data
 * @param nameKey the name of the processing
 * @param purposeKey why the data is processed
 * @param legalBasis the legal basis under article 6
 * @param personsKey the categories of persons
 * @param dataKey the categories of personal data
 * @param specialCategoriesKey the special categories of data (article 9), or null when there are none
 * @param recipientsKey who receives the data
 * @param retentionKey how long the data is kept
 * @param securityKey the technical and organisational security measures
 */
public record ProcessingActivity(
        String module,
        String nameKey,
        String purposeKey,
        LegalBasis legalBasis,
        String personsKey,
        String dataKey,
        String specialCategoriesKey,
        String recipientsKey,
        String retentionKey,
        String securityKey) {

    public ProcessingActivity {
        Objects.requireNonNull(module);
        Objects.requireNonNull(nameKey);
        Objects.requireNonNull(purposeKey);
        Objects.requireNonNull(legalBasis);
        Objects.requireNonNull(personsKey);
        Objects.requireNonNull(dataKey);
        Objects.requireNonNull(recipientsKey);
        Objects.requireNonNull(retentionKey);
        Objects.requireNonNull(securityKey);
    }

    /** Whether the processing includes special categories of personal data, such as health. */
    public boolean hasSpecialCategories() {
        return specialCategoriesKey != null;
    }

    /** The legal bases of GDPR article 6 that Samverka relies on. */
    public enum LegalBasis {
        CONSENT,
        PUBLIC_TASK,
        LEGITIMATE_INTEREST,
        LEGAL_OBLIGATION
    }
}
