package se.samverka.helpkind;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.HelpKind;
import se.samverka.shared.NotFoundException;

/**
 * The module's command API, the administrator's verbs: add, rename, set the safeguarding level, move, retire and
 * restore a kind, and offer the crisis-only kinds while a crisis runs. Every change drops the list {@link HelpKinds}
 * keeps in memory.
 */
@Service
public class HelpKindCommands {

    private final HelpKindRepository repository;
    private final HelpKinds kinds;
    private final Clock clock;

    HelpKindCommands(HelpKindRepository repository, HelpKinds kinds, Clock clock) {
        this.repository = repository;
        this.kinds = kinds;
        this.clock = clock;
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
        kinds.changed();
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
        kinds.changed();
    }

    @Transactional
    public void setSafeguardingLevel(HelpKind kind, int level) {
        checkLevel(level);
        existing(kind);
        repository.setLevel(kind.code(), level);
        kinds.changed();
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
        kinds.changed();
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
            kinds.changed();
        }
    }

    /** Stops offering the kind for new choices; what was made with it keeps it. */
    @Transactional
    public void retire(HelpKind kind) {
        if (existing(kind).active()) {
            repository.setRetired(kind.code(), clock.instant());
            kinds.changed();
        }
    }

    @Transactional
    public void restore(HelpKind kind) {
        existing(kind);
        repository.setRetired(kind.code(), null);
        kinds.changed();
    }

    private KindOfHelp existing(HelpKind kind) {
        return repository.findAll().stream()
                .filter(k -> k.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Kind of help"));
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
        if (level < 0 || level > HelpKinds.MAX_LEVEL) {
            throw new IllegalArgumentException("A safeguarding level is 0 to " + HelpKinds.MAX_LEVEL);
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
