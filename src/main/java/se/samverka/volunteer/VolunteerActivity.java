package se.samverka.volunteer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;

/**
 * A volunteer's last sign of life, which starts the inactivity clock of retention: signing up, logging in, answering
 * an ask, getting a task, or saying they want to stay. Modules that see such a sign call {@link #record(UUID)}.
 */
@Service
public class VolunteerActivity {

    private final JdbcClient jdbc;
    private final Clock clock;

    VolunteerActivity(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The volunteer did something just now. */
    @Transactional
    public void record(UUID volunteerId) {
        jdbc.sql("UPDATE volunteer SET last_active_at = ? WHERE id = ? AND last_active_at < ?")
                .params(Timestamp.from(clock.instant()), volunteerId, Timestamp.from(clock.instant()))
                .update();
    }

    /** A volunteer logged in with a link. */
    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SamverkaUser user && user.role() == Role.VOLUNTEER) {
            jdbc.sql("UPDATE volunteer SET last_active_at = ? WHERE account_id = ?")
                    .params(Timestamp.from(clock.instant()), user.accountId())
                    .update();
        }
    }
}
