package se.samverka.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every session of one person at once, on every instance: sessions live in the database (Spring Session JDBC),
 * indexed by principal name, so deleting them there signs the person out everywhere on their next request.
 */
@Component
class StaffSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    StaffSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** How many sessions were ended. */
    int endAll(String username) {
        var repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        var found = repository.findByPrincipalName(username);
        found.keySet().forEach(repository::deleteById);
        return found.size();
    }

    /**
     * Ends the sessions now and once more after the surrounding transaction commits: a sign-in between the two
     * would still see the account enabled and start a new session.
     */
    int endAllNowAndAfterCommit(String username) {
        var ended = endAll(username);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endAll(username);
                }
            });
        }
        return ended;
    }
}
