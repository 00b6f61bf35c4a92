package se.samverka.consent;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.samverka.shared.PrivacyNotice;

/**
 * Consent settings.
 *
 * @param noticeVersion the version of the privacy notice in force; when it changes, volunteers are asked to
 *        accept the new one the next time they open their pages
 */
@ConfigurationProperties("samverka.consent")
record ConsentProperties(
        @DefaultValue(PrivacyNotice.CURRENT_VERSION) String noticeVersion) {}
