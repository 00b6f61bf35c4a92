package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import se.samverka.IntegrationTest;

/**
 * Two requests of one session that add the same attribute both write it. Without the upsert the second write broke
 * the primary key of spring_session_attributes and the request answered 500 (parallel requests right after login).
 */
@IntegrationTest
class SessionUpsertTests {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    void twoRequestsAddingTheSameAttributeToOneSessionBothSucceedAndTheLastWins() {
        addTheSameAttributeTwice(sessions);
    }

    // generic, because the repository's session class is not public: its methods are reached through Session
    private static <S extends Session> void addTheSameAttributeTwice(SessionRepository<S> sessions) {
        S created = sessions.createSession();
        sessions.save(created);
        S first = sessions.findById(created.getId());
        S second = sessions.findById(created.getId());

        first.setAttribute("parallel", "first");
        second.setAttribute("parallel", "second");
        sessions.save(first);
        sessions.save(second);

        assertThat(sessions.findById(created.getId()).<String>getAttribute("parallel"))
                .isEqualTo("second");
        sessions.deleteById(created.getId());
    }
}
