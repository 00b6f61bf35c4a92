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

    /** A fresh confirmation link's token, or empty when the volunteer has confirmed already or is gone. */
    @Transactional
    public Optional<String> renewConfirmation(UUID volunteerId) {
        return signups.renewConfirmation(volunteerId);
    }
}
