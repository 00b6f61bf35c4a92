package se.samverka.collaboration;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.organisation.OrganisationTestData;

/** Departments, organisations, people and agreements of the collaboration tests, each with a tag of its own. */
final class CollaborationFixtures {

    static final String PASSWORD = "ett långt lösenord";

    private CollaborationFixtures() {}

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Authentication as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    /** A department of its own, so that its agreements and representatives are the test's only. */
    static String department(JdbcClient jdbc, String name) {
        return OrganisationTestData.department(jdbc, name);
    }

    static UUID organisation(JdbcClient jdbc, String name) {
        return OrganisationTestData.approvedOrganisation(jdbc, name);
    }

    static SamverkaUser staff(AccountManagement accounts, Role role, String name) {
        var username = role.name().toLowerCase().replace('_', '-') + "-" + tag() + "@example.se";
        accounts.createStaffAccount(username, PASSWORD, role, name);
        return accounts.findByUsername(username).orElseThrow();
    }

    static SamverkaUser representative(
            AccountManagement accounts, CollaborationBody body, String departmentId, String name) {
        var user = staff(accounts, Role.DEPARTMENT_REPRESENTATIVE, name);
        body.link(departmentId, user.accountId());
        return user;
    }

    /** A complete, valid agreement form; {@code overrides} are name and value pairs that replace or add fields. */
    static MockHttpServletRequestBuilder agreement(
            String url, String departmentId, UUID organisationId, String title, String... overrides) {
        var fields = new ArrayList<>(List.of(
                "departmentId",
                departmentId,
                "organisationId",
                organisationId == null ? "" : organisationId.toString(),
                "type",
                "IOP",
                "title",
                title,
                "description",
                "Besöksvänner på äldreboenden",
                "startsOn",
                "2026-01-01",
                "endsOn",
                "2027-12-31",
                "amount",
                "125 000",
                "municipalContactName",
                "Kim Kommun",
                "municipalContactEmail",
                "kim@example.se",
                "organisationContactName",
                "Olle Org",
                "organisationContactEmail",
                "olle@example.se",
                "status",
                "ACTIVE",
                "followUpOn",
                "",
                "followUpNote",
                ""));
        for (int i = 0; i < overrides.length; i += 2) {
            var at = fields.indexOf(overrides[i]);
            if (at >= 0 && at % 2 == 0) {
                fields.set(at + 1, overrides[i + 1]);
            } else {
                fields.add(overrides[i]);
                fields.add(overrides[i + 1]);
            }
        }
        var request = post(url);
        for (int i = 0; i < fields.size(); i += 2) {
            request.param(fields.get(i), fields.get(i + 1));
        }
        return request;
    }
}
