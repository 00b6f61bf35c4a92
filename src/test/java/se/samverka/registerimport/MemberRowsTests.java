package se.samverka.registerimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cells of a resource-group row that are read by hand: dates and roles. */
class MemberRowsTests {

    @Test
    void readsIsoDatesAndExcelSerialNumbersButNotYearsOrOtherForms() {
        assertThat(MemberRows.date("2024-03-14")).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(MemberRows.date("2024-03-14 00:00:00")).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(MemberRows.date("45365")).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(MemberRows.date("2024")).isNull();
        assertThat(MemberRows.date("14/03/2024")).isNull();
        assertThat(MemberRows.date("2024-02-30")).isNull();
        assertThat(MemberRows.date("99999")).as("after 2099").isNull();
    }

    @Test
    void readsRolesInSwedishAndEnglish() {
        assertThat(MemberRows.leader("Ledare")).isTrue();
        assertThat(MemberRows.leader("leader")).isTrue();
        assertThat(MemberRows.leader("medlem")).isFalse();
        assertThat(MemberRows.leader("Member")).isFalse();
        assertThat(MemberRows.leader("chef")).isNull();
    }
}
