package se.samverka.volunteer;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing up someone who is not at the keyboard: a coordinator registers a volunteer from a phone call, and a
 * reminder renews the confirmation link. Either way the volunteer confirms their address themselves, and until they
 * do nobody asks them (only confirmed volunteers are askable).
 */
@Service
public class VolunteerIntake {

    private final Signups signups;
    private final VolunteerRepository repository;

    VolunteerIntake(Signups signups, VolunteerRepository repository) {
        this.signups = signups;
        this.repository = repository;
    }

    /** Whether a volunteer already has this address (the coordinator is told so instead of a second sign-up). */
    @Transactional(readOnly = true)
    public boolean isRegistered(se.samverka.shared.EmailAddress email) {
        return repository.findByEmail(email).isPresent();
    }

    /**
     * Registers the volunteer as if they had used the form, in their language: they get the welcome e-mail with the
     * confirmation link, or the link by SMS when the registration asks for that. Empty when the address is already
     * registered.
     */
    @Transactional
    public Optional<UUID> registerByPhone(PhoneRegistration registration, Locale locale) {
        var sms = registration.confirmBySms() ? registration.phone().e164() : null;
        return Optional.ofNullable(signups.signUp(registration.details(), null, locale, sms));
    }

    /**
     * Invites someone from an earlier list of volunteers (an administrator's import) by e-mail: they are saved as an
     * unconfirmed volunteer, not askable and without consent, until they follow the link and confirm. Empty when the
     * address is already registered. Runs in the caller's transaction when there is one, so an import is all or
     * nothing.
     */
    @Transactional
    public Optional<UUID> invite(PhoneRegistration registration, Locale locale) {
        return Optional.ofNullable(signups.invite(registration.details(), locale));
    }

    /**
     * Registers a volunteer who confirmed their address and consent elsewhere (the demo's volunteers): askable at
     * once, their consent to the register recorded, no welcome message. Empty when the address is already registered.
     */
    @Transactional
    public Optional<UUID> registerConfirmed(ConfirmedRegistration registration, Locale locale) {
        return Optional.ofNullable(signups.registerConfirmed(registration.details(), locale));
    }

    /** Which of these addresses (lower case) and mobile numbers (E.164) a volunteer already has: for an import. */
    @Transactional(readOnly = true)
    public java.util.Set<String> registeredAmong(
            java.util.Collection<String> emails, java.util.Collection<String> phones) {
        return repository.registeredAmong(emails, phones);
    }

    /** A fresh confirmation link's token, or empty when the volunteer has confirmed already or is gone. */
    @Transactional
    public Optional<String> renewConfirmation(UUID volunteerId) {
        return signups.renewConfirmation(volunteerId);
    }
}
