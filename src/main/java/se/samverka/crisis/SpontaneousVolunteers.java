package se.samverka.crisis;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The surge register: sign-ups while a crisis runs, merged by mobile number, and the staff's paged list. */
@Service
class SpontaneousVolunteers {

    static final int PAGE_SIZE = 25;

    private final SpontaneousRepository repository;
    private final CrisisRepository crises;

    SpontaneousVolunteers(SpontaneousRepository repository, CrisisRepository crises) {
        this.repository = repository;
        this.crises = crises;
    }

    /**
     * Takes a sign-up for the running crisis; a number that signed up before is updated, never duplicated.
     *
     * @return empty when no crisis runs (the sign-up is not stored), else whether the number was new
     */
    @Transactional
    Optional<Boolean> signUp(SpontaneousSignup signup, Instant at) {
        return crises.running().map(crisis -> repository.upsert(signup, crisis.id(), at));
    }

    @Transactional(readOnly = true)
    SpontaneousPage page(String districtId, int page) {
        var total = repository.count(districtId);
        var pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        var current = Math.min(Math.max(page, 1), pages);
        return new SpontaneousPage(
                repository.page(districtId, (current - 1) * PAGE_SIZE, PAGE_SIZE), current, pages, total);
    }
}
