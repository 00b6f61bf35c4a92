package se.samverka.idea;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.account.AccountDirectory;
import se.samverka.shared.EmailAddress;

/**
 * Reminds the coach of every next step due today or earlier, each step once: the step is claimed before the event
 * is published. Steps of ideas without a coach wait until one takes the idea on.
 */
@Service
class NextStepReminders {

    private final CoachingRepository coaching;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NextStepReminders(
            CoachingRepository coaching, AccountDirectory accounts, ApplicationEventPublisher events, Clock clock) {
        this.coaching = coaching;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Returns how many reminders went out. */
    @Transactional
    int remindDueSteps() {
        var due = coaching.dueSteps(LocalDate.now(clock.withZone(Ideas.STOCKHOLM)));
        var coaches = accounts.byIds(
                due.stream().map(CoachingRepository.DueStep::coachId).toList());
        var reminded = 0;
        var now = clock.instant();
        for (var d : due) {
            var coach = coaches.get(d.coachId());
            if (coach == null) {
                continue;
            }
            if (coaching.claimReminder(d.stepId(), now) && EmailAddress.isValid(coach.username())) {
                events.publishEvent(new NextStepDue(
                        d.stepId(),
                        d.ideaId(),
                        d.title(),
                        d.step(),
                        d.owner(),
                        d.dueOn(),
                        coach.displayName(),
                        coach.username()));
                reminded++;
            }
        }
        return reminded;
    }
}
