package se.samverka.helpkind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.HelpKind;
import se.samverka.shared.Recent;

/**
 * The module's API: the kinds of help in the administrator's order, which are offered (active), their names and
 * safeguarding levels, and the administrator's verbs. Nearly every page names kinds, so the list is kept in memory
 * for a short while ({@code samverka.helpkind.cache}, 10 s) and dropped at once on every change made here.
 */
@Service
public class HelpKinds {

    /** Highest safeguarding level a kind may need (a criminal-records extract sighted). */
    public static final int MAX_LEVEL = 2;

    private final HelpKindRepository repository;
    private final Clock clock;
    private final Recent<Boolean, List<KindOfHelp>> cached;

    HelpKinds(HelpKindRepository repository, Clock clock, @Value("${samverka.helpkind.cache:10s}") Duration cache) {
        this.repository = repository;
        this.clock = clock;
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
    public List<HelpKind> activeAnd(java.util.Collection<HelpKind> chosen) {
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

    /** Adds a kind at the end of the list; the code is made from the Swedish name unless given. */
    @Transactional
    public HelpKind add(String nameSv, String nameEn, String code, int level) {
        checkLevel(level);
        refuseTakenNames(nameSv, nameEn, null);
        String chosen;
        if (code == null || code.isBlank()) {
            chosen = freeCode(KindCode.from(nameSv));
        } else {
            chosen = code.strip();
            if (!HelpKind.isCode(chosen)) {
                throw new IllegalArgumentException("Not a code of a kind of help");
            }
            if (repository.codeExists(chosen)) {
                throw new DuplicateCode();
            }
        }
        try {
            repository.insert(chosen, nameSv, nameEn, repository.nextSortOrder(), level, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
        changed();
        return HelpKind.valueOf(chosen);
    }

    /** Renames a kind; the old names stay in its history for what was made under them. */
    @Transactional
    public void rename(HelpKind kind, String nameSv, String nameEn) {
        var current = existing(kind);
        if (current.nameSv().equals(nameSv) && current.nameEn().equals(nameEn)) {
            return;
        }
        refuseTakenNames(nameSv, nameEn, kind.code());
        try {
            repository.rename(kind.code(), nameSv, nameEn, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(e);
        }
        changed();
    }

    @Transactional
    public void setSafeguardingLevel(HelpKind kind, int level) {
        checkLevel(level);
        existing(kind);
        repository.setLevel(kind.code(), level);
        changed();
    }

    /** Moves the kind one place up (towards the top of every list) or down. */
    @Transactional
    public void move(HelpKind kind, boolean up) {
        existing(kind);
        var order = new ArrayList<>(
                repository.findAll().stream().map(KindOfHelp::kind).toList());
        var at = order.indexOf(kind);
        var to = up ? at - 1 : at + 1;
        if (to >= 0 && to < order.size()) {
            order.set(at, order.get(to));
            order.set(to, kind);
        }
        for (int i = 0; i < order.size(); i++) {
            repository.setSortOrder(order.get(i).code(), i + 1);
        }
        changed();
    }

    /**
     * Offers the crisis-only kinds (water, warmth...) while a crisis runs ({@code true}), and stops offering them when
     * it ends; the crisis module calls this in the transaction that starts or ends the crisis.
     */
    @Transactional
    public void offerCrisisKinds(boolean offer) {
        var now = clock.instant();
        var changed = false;
        for (var kind : repository.findAll()) {
            if (kind.crisisOnly() && kind.active() != offer) {
                repository.setRetired(kind.code(), offer ? null : now);
                changed = true;
            }
        }
        if (changed) {
            changed();
        }
    }

    /** Stops offering the kind for new choices; what was made with it keeps it. */
    @Transactional
    public void retire(HelpKind kind) {
        if (existing(kind).active()) {
            repository.setRetired(kind.code(), clock.instant());
            changed();
        }
    }

    @Transactional
    public void restore(HelpKind kind) {
        existing(kind);
        repository.setRetired(kind.code(), null);
        changed();
    }

    private KindOfHelp existing(HelpKind kind) {
        return repository.findAll().stream()
                .filter(k -> k.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new se.samverka.shared.NotFoundException("Kind of help"));
    }

    private void refuseTakenNames(String nameSv, String nameEn, String exceptCode) {
        if (repository.nameTaken("name_sv", nameSv, exceptCode)) {
            throw new DuplicateName("nameSv");
        }
        if (repository.nameTaken("name_en", nameEn, exceptCode)) {
            throw new DuplicateName("nameEn");
        }
    }

    private static DuplicateName duplicate(DuplicateKeyException e) {
        var message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("help_kind_name_en_uk")) {
            return new DuplicateName("nameEn");
        }
        if (message.contains("help_kind_name_sv_uk")) {
            return new DuplicateName("nameSv");
        }
        throw new DuplicateCode();
    }

    private static void checkLevel(int level) {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("A safeguarding level is 0 to " + MAX_LEVEL);
        }
    }

    private String freeCode(String base) {
        var code = base;
        for (int n = 2; repository.codeExists(code); n++) {
            var suffix = "_" + n;
            code = base.substring(0, Math.min(base.length(), 30 - suffix.length())) + suffix;
        }
        return code;
    }

    private void changed() {
        cached.clear();
        // a reader between the write and the commit may have kept the old list
        cached.clearAfterCommit();
    }

    /** Another kind has that name already (field: nameSv or nameEn). */
    public static class DuplicateName extends RuntimeException {
        private final String field;

        DuplicateName(String field) {
            super("Another kind of help has that name");
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Another kind has that code already. */
    public static class DuplicateCode extends RuntimeException {
        DuplicateCode() {
            super("Another kind of help has that code");
        }
    }
}
