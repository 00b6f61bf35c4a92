package se.samverka.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private feed addresses: one per volunteer and one per organisation at most. The token in the address is 32
 * random bytes; only its SHA-256 is kept, so the address is shown once, when made. A new address replaces the old
 * one at once.
 */
@Service
public class CalendarFeeds {

    /** Whose calendar a feed is. */
    public enum OwnerKind {
        VOLUNTEER,
        ORGANISATION
    }

    /** A feed's owner. */
    public record Owner(OwnerKind kind, UUID id) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Makes a new secret token for the owner, replacing any earlier one; returns the token. */
    @Transactional
    public String renew(Owner owner) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        turnOff(owner);
        jdbc.sql("INSERT INTO calendar_feed (id, owner_kind, owner_id, token_hash, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        owner.kind().name(),
                        owner.id(),
                        hash(token),
                        Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    /** Turns the owner's feed off: its address stops working. Returns whether there was one. */
    @Transactional
    public boolean turnOff(Owner owner) {
        return jdbc.sql("DELETE FROM calendar_feed WHERE owner_kind = ? AND owner_id = ?")
                        .params(owner.kind().name(), owner.id())
                        .update()
                > 0;
    }

    /** When the owner's current address was made, if they have one. */
    @Transactional(readOnly = true)
    public Optional<Instant> madeAt(Owner owner) {
        return jdbc.sql("SELECT created_at FROM calendar_feed WHERE owner_kind = ? AND owner_id = ?")
                .params(owner.kind().name(), owner.id())
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** The owner of the feed with this token. */
    @Transactional(readOnly = true)
    Optional<Owner> owner(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT owner_kind, owner_id FROM calendar_feed WHERE token_hash = ?")
                .param(hash(token))
                .query((rs, i) -> new Owner(OwnerKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class)))
                .optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
