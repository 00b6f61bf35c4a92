package se.samverka.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;

/** Seeding and administration register and vet organisations with the same checks as the pages. */
@IntegrationTest
class OrganisationAdministrationTests {

    @Autowired
    OrganisationAdministration administration;

    @Autowired
    Organisations organisations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anApplicationIsPendingWithItsContactAsAdminAndApprovalPutsItInTheDirectory() {
        var name = OrganisationFixtures.unique("Adelsö bygdegårdsförening");
        var contact = OrganisationFixtures.email("kontakt");
        var id = administration.apply(
                application(name, OrganisationFixtures.orgNumber(), contact), Locale.forLanguageTag("sv"));

        var pending = organisations.find(id).orElseThrow();
        assertThat(pending.status()).isEqualTo(OrganisationStatus.PENDING);
        assertThat(pending.districtIds()).containsExactlyInAnyOrder("adelso", "munso");
        assertThat(pending.activities()).containsExactlyInAnyOrder(ActivityKind.CULTURE, ActivityKind.ELDERLY);
        assertThat(organisations.approved()).extracting(Organisation::id).doesNotContain(id);
        var account = accounts.findByUsername(contact).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.REPRESENTATIVE);
        assertThat(organisations.membership(account.accountId(), id)).isPresent();

        assertThat(administration.approve(id, "admin")).isTrue();
        assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.APPROVED);
        assertThat(organisations.approved()).extracting(Organisation::id).contains(id);
        assertThat(administration.approve(id, "admin")).isFalse();
    }

    @Test
    void whatThePageWouldRefuseIsRefusedAndNothingIsSaved() {
        var name = OrganisationFixtures.unique("Felaktiga föreningen");
        assertThatThrownBy(() -> administration.apply(
                        application(name, "802417-3514", "x@example.org"), Locale.forLanguageTag("sv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orgNumber");
        assertThat(count(name)).isZero();

        var taken = OrganisationFixtures.unique("Dubbla föreningen");
        administration.apply(
                application(taken, OrganisationFixtures.orgNumber(), OrganisationFixtures.email("a")),
                Locale.forLanguageTag("sv"));
        assertThatThrownBy(() -> administration.apply(
                        application(taken, OrganisationFixtures.orgNumber(), OrganisationFixtures.email("b")),
                        Locale.forLanguageTag("sv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThat(count(taken)).isEqualTo(1);
    }

    private int count(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = ?")
                .param(name)
                .query(Integer.class)
                .single();
    }

    private static OrganisationAdministration.Application application(String name, String number, String contact) {
        return new OrganisationAdministration.Application(
                name,
                number,
                OrganisationForm.IDEELL_FORENING,
                "Vi driver bygdegården och ordnar fika för äldre.",
                Set.of("adelso", "munso"),
                Set.of(ActivityKind.CULTURE, ActivityKind.ELDERLY),
                null,
                "info@example.org",
                null,
                "Kim Kontakt",
                contact);
    }
}
