package se.samverka.helpkind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.IntegrationTest;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.HelpKind;

/** Administrators' verbs on the kinds of help, and what the rest of Samverka reads from them. */
@IntegrationTest
class HelpKindsTests {

    static final Locale SV = Locale.forLanguageTag("sv");
    static final Locale EN = Locale.ENGLISH;

    @Autowired
    HelpKinds kinds;

    @Autowired
    HelpKindCommands kindCommands;

    @Autowired
    Safeguarding safeguarding;

    /** Kinds this test added: retired afterwards, so that the forms of other tests do not offer them. */
    private final List<HelpKind> added = new ArrayList<>();

    @AfterEach
    void retireWhatWasAdded() {
        added.forEach(kindCommands::retire);
    }

    private HelpKind add(String sv, String en, int level) {
        var kind = kindCommands.add(sv, en, null, level);
        added.add(kind);
        return kind;
    }

    private static String tag() {
        return String.valueOf(System.nanoTime() % 1_000_000);
    }

    @Test
    void startsWithTheFiveKindsInTheirFirstOrderAndNames() {
        assertThat(kinds.all().stream().map(KindOfHelp::kind).toList()).containsSubsequence(HelpKind.BUILT_IN);
        assertThat(kinds.name(HelpKind.SHOPPING, SV)).isEqualTo("Handling");
        assertThat(kinds.name(HelpKind.TRANSPORT, EN)).isEqualTo("Lift");
        assertThat(kinds.name(HelpKind.valueOf("NO_SUCH_KIND"), SV)).isNull();
    }

    @Test
    void addsAKindAtTheEndWithACodeMadeFromTheSwedishName() {
        var tag = tag();
        var snow = add("Snöskottning " + tag, "Snow clearing " + tag, 1);
        assertThat(snow.code()).isEqualTo("SNOSKOTTNING_" + tag);
        assertThat(kinds.active()).last().isEqualTo(snow);
        assertThat(kinds.name(snow, SV)).isEqualTo("Snöskottning " + tag);
        assertThat(kinds.name(snow, EN)).isEqualTo("Snow clearing " + tag);
        assertThat(kinds.safeguardingLevel(snow)).isEqualTo(1);
    }

    @Test
    void makesCodesOfAnyName() {
        assertThat(KindCode.from("Högläsning")).isEqualTo("HOGLASNING");
        assertThat(KindCode.from("Hund & katt – promenad")).isEqualTo("HUND_KATT_PROMENAD");
        assertThat(KindCode.from("112")).isEqualTo("K_112");
        assertThat(KindCode.from("x".repeat(50))).hasSize(30);
    }

    @Test
    void takesATypedCodeAndRefusesATakenOrMalformedOne() {
        var tag = tag();
        var dog = kindCommands.add("Hundpromenad " + tag, "Dog walking " + tag, "DOG_" + tag, 0);
        added.add(dog);
        assertThat(dog.code()).isEqualTo("DOG_" + tag);
        assertThatThrownBy(() -> kindCommands.add("Annat namn " + tag, "Other name " + tag, "DOG_" + tag, 0))
                .isInstanceOf(HelpKindCommands.DuplicateCode.class);
        assertThatThrownBy(() -> kindCommands.add("Tredje " + tag, "Third " + tag, "dog walking", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesANameAnotherKindHasInEitherLanguageWhateverTheCase() {
        var tag = tag();
        assertThatThrownBy(() -> kindCommands.add("HANDLING", "Groceries " + tag, null, 1))
                .isInstanceOfSatisfying(
                        HelpKindCommands.DuplicateName.class,
                        e -> assertThat(e.field()).isEqualTo("nameSv"));
        assertThatThrownBy(() -> kindCommands.add("Inköp " + tag, "shopping", null, 1))
                .isInstanceOfSatisfying(
                        HelpKindCommands.DuplicateName.class,
                        e -> assertThat(e.field()).isEqualTo("nameEn"));
        var reading = add("Högläsning " + tag, "Reading aloud " + tag, 0);
        assertThatThrownBy(() -> kindCommands.rename(reading, "Skjuts", "Reading aloud " + tag))
                .isInstanceOf(HelpKindCommands.DuplicateName.class);
        assertThat(kinds.name(reading, SV)).isEqualTo("Högläsning " + tag);
    }

    @Test
    void renamingKeepsTheNamesUsedBefore() throws Exception {
        var tag = tag();
        var reading = add("Läsa högt " + tag, "Read aloud " + tag, 0);
        var before = Instant.now();
        Thread.sleep(5);
        kindCommands.rename(reading, "Högläsning " + tag, "Reading aloud " + tag);
        assertThat(kinds.name(reading, SV)).isEqualTo("Högläsning " + tag);
        assertThat(kinds.nameAt(reading, before, SV)).isEqualTo("Läsa högt " + tag);
        assertThat(kinds.nameAt(reading, before, EN)).isEqualTo("Read aloud " + tag);
        assertThat(kinds.nameAt(reading, Instant.now(), EN)).isEqualTo("Reading aloud " + tag);
        assertThat(kinds.nameAt(reading, Instant.parse("2000-01-01T00:00:00Z"), SV))
                .as("before the kind existed: its first name")
                .isEqualTo("Läsa högt " + tag);
    }

    @Test
    void movesAKindUpAndDown() {
        var tag = tag();
        var first = add("Först " + tag, "First " + tag, 0);
        var second = add("Sedan " + tag, "Then " + tag, 0);
        assertThat(kinds.active()).endsWith(first, second);
        kindCommands.move(second, true);
        assertThat(kinds.active()).endsWith(second, first);
        kindCommands.move(second, false);
        assertThat(kinds.active()).endsWith(first, second);
        kindCommands.move(second, false);
        assertThat(kinds.active()).as("the last one stays last").endsWith(first, second);
        assertThat(kinds.active()).startsWith(HelpKind.BUILT_IN.toArray(HelpKind[]::new));
    }

    @Test
    void aRetiredKindIsNotOfferedButKeepsItsNameAndCanBeRestored() {
        var tag = tag();
        var walking = add("Promenad " + tag, "Walk " + tag, 0);
        kindCommands.retire(walking);
        assertThat(kinds.active()).doesNotContain(walking);
        assertThat(kinds.isActive(walking)).isFalse();
        assertThat(kinds.exists(walking)).isTrue();
        assertThat(kinds.name(walking, SV)).isEqualTo("Promenad " + tag);
        assertThat(kinds.activeAnd(List.of(walking))).last().isEqualTo(walking);
        kindCommands.restore(walking);
        assertThat(kinds.active()).contains(walking);
    }

    @Test
    void theLevelSetOnAKindIsTheLevelSafeguardingRequires() {
        var tag = tag();
        var visit = add("Hembesök " + tag, "Home visit " + tag, 1);
        assertThat(safeguarding.requiredFor(visit)).isEqualTo(1);
        kindCommands.setSafeguardingLevel(visit, 2);
        assertThat(safeguarding.requiredFor(visit)).isEqualTo(2);
        assertThatThrownBy(() -> kindCommands.setSafeguardingLevel(visit, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(safeguarding.requiredFor(visit)).isEqualTo(2);
    }
}
