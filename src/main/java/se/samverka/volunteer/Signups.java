package se.samverka.volunteer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.samverka.account.AccountManagement;
import se.samverka.consent.ConsentPurpose;
import se.samverka.consent.Consents;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.PersonRef;

/**
 * Signing up and confirming the e-mail address. A second sign-up with a known address creates nothing: the
 * owner of the address is told by e-mail instead, and the person at the form sees the usual page.
 */
@Service
class Signups {

    private static final Logger log = LoggerFactory.getLogger(Signups.class);

    private final VolunteerRepository repository;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Consents consents;
    private final Counter signups;

    Signups(
            VolunteerRepository repository,
            AccountManagement accounts,
            ApplicationEventPublisher events,
            Clock clock,
            Consents consents,
            MeterRegistry registry) {
        this.signups = Counter.builder("samverka.volunteer.signups")
                .description("Volunteers signed up (new addresses only), counted after commit")
                .register(registry);
        this.consents = consents;
        this.repository = repository;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the account and the volunteer (returns the new id), or handles a repeat of a known address (null). Two sign-ups racing
     * with the same address meet at the unique keys: the loser gets a
     * {@link org.springframework.dao.DuplicateKeyException}, and the caller hands it to
     * {@link #signupRepeated}.
     */
    @Transactional
    UUID signUp(VolunteerDetails details, String formId, Locale locale) {
        return signUp(details, formId, locale, null);
    }

    /** As {@link #signUp(VolunteerDetails, String, Locale)}, the confirmation link going by SMS to the number given. */
    @Transactional
    UUID signUp(VolunteerDetails details, String formId, Locale locale, String confirmationSms) {
        if (repository.findByEmail(details.email()).isPresent()) {
            signupRepeated(details.email(), formId);
            return null;
        }
        var now = clock.instant();
        var accountId = accounts.createVolunteerAccount(details.email(), details.name(), locale);
        var id = UUID.randomUUID();
        var token = ConfirmationToken.random();
        repository.insert(
                id, accountId, details, language(locale), formId, consents.noticeVersion(), token.hash(), now);
        consents.give(
                PersonRef.volunteer(id), ConsentPurpose.VOLUNTEER_REGISTER, consents.noticeVersion(), Consents.SELF);
        events.publishEvent(new VolunteerRegistered(
                id,
                details.email().value(),
                details.name(),
                language(locale),
                token.plain(),
                confirmationSms,
                now,
                details.kinds()));
        log.info("Volunteer {} signed up", id);
        afterCommit(signups::increment);
        return id;
    }

    /**
     * Invites someone from an earlier list: the same unconfirmed volunteer as a sign-up on the phone, but no consent is
     * recorded (they have not given it yet; {@link #confirm} records it when they follow the link) and the e-mail is an
     * invitation. Null when the address is already registered.
     */
    @Transactional
    UUID invite(VolunteerDetails details, Locale locale) {
        if (repository.findByEmail(details.email()).isPresent()) {
            return null;
        }
        var accountId = accounts.createVolunteerAccount(details.email(), details.name(), locale);
        var id = UUID.randomUUID();
        var token = ConfirmationToken.random();
        repository.insert(
                id,
                accountId,
                details,
                language(locale),
                null,
                consents.noticeVersion(),
                token.hash(),
                clock.instant());
        events.publishEvent(
                new VolunteerInvited(id, details.email().value(), details.name(), language(locale), token.plain()));
        return id;
    }

    /**
     * Stores a volunteer who confirmed their address and consent elsewhere, as a sign-up followed by the
     * confirmation, without the welcome message. Null when the address is already registered.
     */
    @Transactional
    UUID registerConfirmed(VolunteerDetails details, Locale locale) {
        if (repository.findByEmail(details.email()).isPresent()) {
            return null;
        }
        var now = clock.instant();
        var accountId = accounts.createVolunteerAccount(details.email(), details.name(), locale);
        var id = UUID.randomUUID();
        var token = ConfirmationToken.random();
        repository.insert(id, accountId, details, language(locale), null, consents.noticeVersion(), token.hash(), now);
        repository.confirm(token.hash(), now);
        consents.give(
                PersonRef.volunteer(id), ConsentPurpose.VOLUNTEER_REGISTER, consents.noticeVersion(), Consents.SELF);
        events.publishEvent(new VolunteerProfileChanged(id));
        return id;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /** Tells the owner of the address, unless it is their own form sent twice (a double click). */
    @Transactional
    void signupRepeated(EmailAddress email, String formId) {
        repository
                .findByEmail(email)
                .ifPresentOrElse(
                        existing -> {
                            if (formId != null && formId.equals(existing.signupFormId())) {
                                log.info("Sign-up form of volunteer {} was sent again", existing.id());
                                return;
                            }
                            events.publishEvent(
                                    new VolunteerSignupRepeated(existing.id(), email.value(), existing.locale()));
                            log.info("Someone signed up again with the address of volunteer {}", existing.id());
                        },
                        () -> log.info(
                                "Sign-up with the username of an account that is no volunteer; nothing created"));
    }

    @Transactional(readOnly = true)
    boolean isPending(String token) {
        return token != null && !token.isBlank() && repository.hasPendingConfirmation(ConfirmationToken.hash(token));
    }

    /** Confirms the address; false for an unknown or already used token. */
    @Transactional
    boolean confirm(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        var confirmed = repository.confirm(ConfirmationToken.hash(token), clock.instant());
        confirmed.ifPresent(id -> {
            // an invited volunteer (imported from a list) gives their consent here, by following the link
            var person = PersonRef.volunteer(id);
            if (consents.current(person, ConsentPurpose.VOLUNTEER_REGISTER).isEmpty()) {
                consents.give(person, ConsentPurpose.VOLUNTEER_REGISTER, consents.noticeVersion(), Consents.SELF);
            }
            events.publishEvent(new VolunteerProfileChanged(id));
        });
        return confirmed.isPresent();
    }

    /**
     * A fresh confirmation link's token for a volunteer who has not confirmed yet (the earlier link stops working),
     * or empty when they have confirmed or are gone: for a reminder that still needs a link.
     */
    @Transactional
    java.util.Optional<String> renewConfirmation(UUID volunteerId) {
        var token = ConfirmationToken.random();
        return repository.renewConfirmation(volunteerId, token.hash())
                ? java.util.Optional.of(token.plain())
                : java.util.Optional.empty();
    }

    static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "sv";
    }
}
