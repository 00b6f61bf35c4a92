package se.samverka.idea;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.account.AccountDirectory;
import se.samverka.account.AccountSummary;
import se.samverka.account.Role;

/** What the coaches read: the lists of ideas, one idea with its coaching, and who the coaches are. */
@Service
class IdeaQueries {

    private final IdeaRepository ideas;
    private final CoachingRepository coaching;
    private final AccountDirectory accounts;
    private final Clock clock;

    IdeaQueries(IdeaRepository ideas, CoachingRepository coaching, AccountDirectory accounts, Clock clock) {
        this.ideas = ideas;
        this.coaching = coaching;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Today in the municipality. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(Ideas.STOCKHOLM));
    }

    /** The ideas the filter lets through, newest first, with their coach's name and the help wanted. */
    @Transactional(readOnly = true)
    List<IdeaLine> list(IdeaFilter filter) {
        var helpWanted = ideas.helpByIdea(null);
        var rows = ideas.list(filter);
        var coaches =
                accounts.byIds(rows.stream().map(IdeaRepository.Listed::coachId).toList());
        return rows.stream()
                .map(r -> new IdeaLine(
                        r.id(),
                        r.title(),
                        r.stage(),
                        nameOf(coaches.get(r.coachId())),
                        r.createdOn(),
                        helpWanted.getOrDefault(r.id(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<IdeaDetail> find(UUID id) {
        return ideas.find(id)
                .map(idea -> idea.coachedBy(
                        idea.coachId() == null
                                ? null
                                : nameOf(accounts.find(idea.coachId()).orElse(null))));
    }

    /** The idea's sessions, the latest first, each with the next steps agreed in it. */
    @Transactional(readOnly = true)
    List<SessionLine> sessions(UUID ideaId) {
        var steps = coaching.stepsBySession(ideaId);
        var sessions = coaching.sessions(ideaId);
        var coaches = accounts.byIds(
                sessions.stream().map(CoachingRepository.Session::coachId).toList());
        return sessions.stream()
                .map(s -> new SessionLine(
                        s.id(),
                        s.heldOn(),
                        s.notes(),
                        nameOf(coaches.get(s.coachId())),
                        steps.getOrDefault(s.id(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    List<PartyLine> parties(UUID ideaId) {
        return coaching.parties(ideaId);
    }

    @Transactional(readOnly = true)
    List<FundingLine> fundings(UUID ideaId) {
        return coaching.fundings(ideaId);
    }

    /** The coaches, by name. */
    @Transactional(readOnly = true)
    List<CoachOption> coaches() {
        return accounts.enabledWithRole(Role.COACH).stream()
                .map(a -> new CoachOption(a.id(), a.displayName()))
                .toList();
    }

    private static String nameOf(AccountSummary account) {
        return account == null ? null : account.displayName();
    }
}
