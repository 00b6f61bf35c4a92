package se.samverka.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mailed code of the second factor: six digits, valid for a few minutes, one use, a few wrong tries, a few codes
 * per account and window. Only a hash of the live code is stored; the code itself goes out through the outbox
 * ({@link SignInCodeRequested}).
 */
@Service
class SignInCodes {

    /** What became of a request for a code. */
    enum Sent {
        SENT,
        NO_ADDRESS,
        TOO_MANY
    }

    /** A request's outcome, with the code itself (only for the demo's page, which shows it). */
    record Issued(Sent outcome, String code) {}

    /** What became of a typed code. */
    enum Check {
        VERIFIED,
        WRONG,
        EXPIRED,
        /** no live code: used already, or replaced by a newer one, or never sent */
        NONE,
        /** too many wrong tries at this code */
        LOCKED
    }

    static final int DIGITS = 6;

    private final SecondFactorRepository repository;
    private final CodeAddresses addresses;
    private final SecondFactorProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SignInCodes(
            SecondFactorRepository repository,
            CodeAddresses addresses,
            SecondFactorProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.addresses = addresses;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** A new code for the staff member, replacing any earlier one, sent to their address. */
    @Transactional
    Issued send(SamverkaUser user, Locale locale) {
        var address = addresses.of(user.accountId(), user.username());
        if (address.isEmpty()) {
            return new Issued(Sent.NO_ADDRESS, null);
        }
        var now = clock.instant();
        var state = repository.lock(user.accountId());
        var windowStart = state.windowStartedAt();
        var sent = state.codesSent();
        if (windowStart == null || !now.isBefore(windowStart.plus(properties.window()))) {
            windowStart = now;
            sent = 0;
        }
        if (sent >= properties.codesPerWindow()) {
            return new Issued(Sent.TOO_MANY, null);
        }
        var code = newCode();
        repository.storeCode(
                user.accountId(),
                hash(user.accountId(), code),
                now.plus(properties.codeValidity()),
                sent + 1,
                windowStart);
        events.publishEvent(new SignInCodeRequested(
                UUID.randomUUID(),
                user.accountId(),
                address.get(),
                "en".equals(locale.getLanguage()) ? "en" : "sv",
                code,
                properties.codeValidity()));
        return new Issued(Sent.SENT, code);
    }

    /** Checks a typed code; a right one is used up at once, so that it never counts twice. */
    @Transactional
    Check verify(SamverkaUser user, String typed) {
        var state = repository.lock(user.accountId());
        if (state.codeHash() == null) {
            return Check.NONE;
        }
        if (state.failedAttempts() >= properties.attemptsPerCode()) {
            return Check.LOCKED;
        }
        if (!clock.instant().isBefore(state.expiresAt())) {
            return Check.EXPIRED;
        }
        var expected = state.codeHash().getBytes(StandardCharsets.US_ASCII);
        var actual = hash(user.accountId(), typed).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            repository.countFailure(user.accountId());
            return state.failedAttempts() + 1 >= properties.attemptsPerCode() ? Check.LOCKED : Check.WRONG;
        }
        repository.clearCode(user.accountId());
        return Check.VERIFIED;
    }

    private String newCode() {
        var bound = (int) Math.pow(10, DIGITS);
        return String.format("%0" + DIGITS + "d", random.nextInt(bound));
    }

    /** Bound to the account, so that one account's code hash says nothing about another's. */
    static String hash(UUID accountId, String code) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((accountId + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
