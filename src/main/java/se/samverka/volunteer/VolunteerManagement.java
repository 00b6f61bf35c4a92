package se.samverka.volunteer;

import java.time.LocalDate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.account.AccountManagement;
import se.samverka.privacy.DataSubjectRights;
import se.samverka.shared.PersonRef;

/** What a logged-in volunteer changes about themselves: profile, pause, and leaving. */
@Service
class VolunteerManagement {

    private static final Logger log = LoggerFactory.getLogger(VolunteerManagement.class);

    private final VolunteerRepository repository;
    private final AccountManagement accounts;
    private final DataSubjectRights rights;
    private final ApplicationEventPublisher events;

    VolunteerManagement(
            VolunteerRepository repository,
            AccountManagement accounts,
            DataSubjectRights rights,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.accounts = accounts;
        this.rights = rights;
        this.events = events;
    }

    /**
     * Saves the profile; the e-mail address is also the login, so the account changes with it. E-mails come
     * in the language the volunteer used when saving.
     *
     * @throws EmailTaken when another volunteer or account has the new address
     */
    @Transactional
    void update(VolunteerProfile current, VolunteerDetails details, Locale locale) {
        var email = details.email();
        if (!email.equals(current.email())
                && (repository.emailTakenByOther(email, current.id())
                        || accounts.findByUsername(email.value())
                                .filter(a -> !a.accountId().equals(current.accountId()))
                                .isPresent())) {
            throw new EmailTaken();
        }
        repository.update(current.id(), details, Signups.language(locale));
        events.publishEvent(new VolunteerProfileChanged(current.id()));
        accounts.updateVolunteerAccount(current.accountId(), email, details.name(), locale);
        log.info("Volunteer {} changed their profile", current.id());
    }

    /** Not available before that day; the day itself is the first day they may be asked again. */
    @Transactional
    void pauseUntil(VolunteerProfile volunteer, LocalDate firstDayBack) {
        repository.pauseUntil(volunteer.id(), firstDayBack);
        events.publishEvent(new VolunteerProfileChanged(volunteer.id()));
    }

    @Transactional
    void resume(VolunteerProfile volunteer) {
        repository.pauseUntil(volunteer.id(), null);
        events.publishEvent(new VolunteerProfileChanged(volunteer.id()));
    }

    /**
     * Removes the volunteer and their account, and everything else Samverka holds about them: leaving is erasure
     * ({@link DataSubjectRights}), so messages, SMS, login links and sessions go too. {@link VolunteerLeaving} goes
     * out first and synchronously, so other modules hand back tasks inside this same transaction.
     */
    @Transactional
    void leave(VolunteerProfile volunteer) {
        rights.identify(PersonRef.volunteer(volunteer.id()))
                .ifPresent(who -> rights.erase(who, "request.self-service.leave", false));
        log.info("Volunteer {} left and was removed", volunteer.id());
    }

    /** The new e-mail address belongs to someone else. */
    static class EmailTaken extends RuntimeException {}
}
