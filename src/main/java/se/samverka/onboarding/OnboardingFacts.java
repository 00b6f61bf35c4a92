package se.samverka.onboarding;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.samverka.safeguarding.SafeguardingLevelChanged;
import se.samverka.volunteer.VolunteerProfileChanged;
import se.samverka.volunteer.VolunteerRegistered;

/**
 * Keeps a volunteer's facts current as they change. Synchronous, inside the changing transaction (the volunteer and
 * safeguarding events are published there): the start page's counts and the register's step filter are right the
 * moment the coordinator's ID check or the volunteer's pledge is saved, and both commit or neither.
 */
@Component
class OnboardingFacts {

    private final Onboarding onboarding;

    OnboardingFacts(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    @EventListener
    void on(VolunteerRegistered event) {
        if (event.hasFacts()) {
            // a new sign-up's address is not confirmed yet
            onboarding.registered(event.volunteerId(), event.signedUpAt(), false, event.kinds());
            return;
        }
        onboarding.registered(event.volunteerId());
    }

    @EventListener
    void on(VolunteerProfileChanged event) {
        onboarding.refresh(event.volunteerId());
    }

    @EventListener
    void on(SafeguardingLevelChanged event) {
        onboarding.refresh(event.volunteerId());
    }
}
