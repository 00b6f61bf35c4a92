package se.samverka.incident;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.helprequest.ResidentFollowUpReplied;

/**
 * Feedback after a task: the volunteer's (once per task, after it is done), the resident's taken by phone, and
 * the resident's SMS reply to the follow-up question when it is a no or free text.
 */
@Service
class Feedbacks {

    /** Who gave feedback that came by SMS. */
    static final String SMS = "SMS";

    private static final Logger log = LoggerFactory.getLogger(Feedbacks.class);

    private final FeedbackRepository repository;
    private final TaskRepository tasks;
    private final Clock clock;

    Feedbacks(FeedbackRepository repository, TaskRepository tasks, Clock clock) {
        this.repository = repository;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Thrown when the volunteer already gave feedback on the task. */
    static class AlreadyGiven extends RuntimeException {

        AlreadyGiven() {
            super("Feedback already given");
        }
    }

    /** The volunteer's own task, done; empty for anyone else's or an unknown one. */
    @Transactional(readOnly = true)
    Optional<Task> doneTaskOf(UUID assignmentId, UUID volunteerId) {
        return tasks.find(assignmentId).filter(t -> t.volunteerId().equals(volunteerId) && t.isDone());
    }

    @Transactional(readOnly = true)
    Optional<Feedback> forAssignment(UUID assignmentId) {
        return repository.forAssignment(assignmentId);
    }

    @Transactional
    void fromVolunteer(Task task, Integer rating, String text, String actor) {
        try {
            repository.insert(
                    new Feedback(
                            UUID.randomUUID(),
                            task.requestId(),
                            FeedbackSource.VOLUNTEER,
                            task.assignmentId(),
                            task.volunteerId(),
                            rating,
                            blankToNull(text),
                            false,
                            actor,
                            clock.instant(),
                            null),
                    null);
        } catch (DuplicateKeyException e) {
            throw new AlreadyGiven();
        }
    }

    @Transactional
    void fromResidentByPhone(UUID requestId, Integer rating, String text, String actor) {
        repository.insert(
                new Feedback(
                        UUID.randomUUID(),
                        requestId,
                        FeedbackSource.RESIDENT_PHONE,
                        null,
                        null,
                        rating,
                        blankToNull(text),
                        false,
                        actor,
                        clock.instant(),
                        null),
                null);
    }

    @ApplicationModuleListener
    void on(ResidentFollowUpReplied reply) {
        var text = blankToNull(reply.text());
        if (text == null && !reply.saidNo()) {
            return;
        }
        if (repository.hasSms(reply.smsId())) {
            // delivered again: kept already
            return;
        }
        repository.insert(
                new Feedback(
                        UUID.randomUUID(),
                        reply.requestId(),
                        FeedbackSource.RESIDENT_SMS,
                        null,
                        null,
                        null,
                        text == null ? null : text.substring(0, Math.min(2000, text.length())),
                        reply.saidNo(),
                        SMS,
                        reply.receivedAt(),
                        null),
                reply.smsId());
        log.info("SMS {} kept as the resident's feedback on a request", reply.smsId());
    }

    @Transactional(readOnly = true)
    List<Feedback> forRequest(UUID requestId) {
        return repository.forRequest(requestId);
    }

    @Transactional(readOnly = true)
    Optional<Feedback> find(UUID id) {
        return repository.find(id);
    }

    /** Poor feedback that no incident was opened from yet, for the incident list. */
    @Transactional(readOnly = true)
    List<Feedback> suggestions(int limit) {
        return repository.poorWithoutIncident(limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
