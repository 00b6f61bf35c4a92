package se.samverka.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.SmsAnswer;

@Repository
class InboundSmsRepository {

    private final JdbcClient jdbc;

    InboundSmsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the message unless one with the same provider id exists; true when it was stored. */
    boolean insertIfNew(UUID id, InboundSms sms, SmsAnswer answer, Instant receivedAt) {
        return jdbc.sql("""
				INSERT INTO inbound_sms (id, provider_id, from_number, to_number, message, answer, received_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
                        .params(
                                id,
                                sms.providerId(),
                                sms.from().e164(),
                                sms.to(),
                                sms.message(),
                                answer.name(),
                                Timestamp.from(receivedAt))
                        .update()
                == 1;
    }
}
