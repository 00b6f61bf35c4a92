package se.samverka.helpkind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.HelpKind;
import se.samverka.shared.Recent;

/**
 * The module's query API: the kinds of help in the administrator's order, which are offered (active), their names
 * and safeguarding levels ({@link HelpKindCommands} holds the administrator's verbs). Nearly every page names kinds, so the list is kept in memory
 * for a short while ({@code samverka.helpkind.cache}, 10 s) and dropped at once on every change made here.
 */
@Service
public class HelpKinds {

    /** Highest safeguarding level a kind may need (a criminal-records extract sighted). */
    public static final int MAX_LEVEL = 2;

    private final HelpKindRepository repository;
    private final Recent<Boolean, List<KindOfHelp>> cached;

    HelpKinds(HelpKindRepository repository, @Value("${samverka.helpkind.cache:10s}") Duration cache) {
        this.repository = repository;
        // the wall clock, not the municipality's: a test that stops its clock must not stop the cache expiring
        this.cached = new Recent<>(cache, 1, Clock.systemUTC());
    }

    /**
     * Every kind ever kept, retired ones too, in the administrator's order. Not transactional: a page names many
     * kinds, and each name would otherwise take a connection for a transaction that mostly reads the memory.
     */
    public List<KindOfHelp> all() {
        return cached.get(Boolean.TRUE, () -> List.copyOf(repository.findAll()));
    }

    /** The kinds offered for new choices (sign-up, requests, shifts), in the administrator's order. */
    public List<HelpKind> active() {
        return all().stream().filter(KindOfHelp::active).map(KindOfHelp::kind).toList();
    }

    /** The kinds offered for a choice that already holds {@code chosen}: the active ones and, after them, those. */
    public List<HelpKind> activeAnd(Collection<HelpKind> chosen) {
        var kinds = new ArrayList<>(active());
        all().stream()
                .map(KindOfHelp::kind)
                .filter(k -> chosen.contains(k) && !kinds.contains(k))
                .forEach(kinds::add);
        return kinds;
    }

    public Optional<KindOfHelp> find(HelpKind kind) {
        return all().stream().filter(k -> k.kind().equals(kind)).findFirst();
    }

    /** The kind a submitted code names (retired or not), or empty for anything else, such as an edited address. */
    public Optional<HelpKind> parse(String code) {
        return HelpKind.isCode(code) ? find(HelpKind.valueOf(code)).map(KindOfHelp::kind) : Optional.empty();
    }

    public boolean exists(HelpKind kind) {
        return kind != null && find(kind).isPresent();
    }

    public boolean isActive(HelpKind kind) {
        return kind != null && find(kind).map(KindOfHelp::active).orElse(false);
    }

    /** The safeguarding level (0 to 2) a volunteer needs for this kind; 0 for a code no kind has. */
    public int safeguardingLevel(HelpKind kind) {
        return find(kind).map(KindOfHelp::safeguardingLevel).orElse(0);
    }

    /** The kind's current name in the locale's language, or null for a code no kind has. */
    public String name(HelpKind kind, Locale locale) {
        return find(kind).map(k -> k.name(locale)).orElse(null);
    }

    /** The name the kind had at that instant (the one a request made then was shown with). */
    @Transactional(readOnly = true)
    public String nameAt(HelpKind kind, Instant at, Locale locale) {
        return repository
                .namesAt(kind.code(), at)
                .map(names -> KindOfHelp.english(locale) ? names[1] : names[0])
                .orElseGet(() -> name(kind, locale));
    }

    /** Drops the kept list, now and again after the commit (a reader in between may have kept the old one). */
    void changed() {
        cached.clear();
        cached.clearAfterCommit();
    }
}
