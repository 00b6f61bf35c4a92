package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class ViewerTests {

    @Test
    void anonymousVisitorsAndMissingAuthenticationAreNotLoggedInAndHaveNoRoles() {
        var anonymous = new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        for (var viewer : List.of(Viewer.of(anonymous), Viewer.of(null))) {
            assertThat(viewer.loggedIn()).isFalse();
            assertThat(viewer.has("ANONYMOUS", "ADMIN")).isFalse();
        }
    }

    @Test
    void aLoggedInAdministratorHasEachOfItsRolesAndNoOthers() {
        var admin = UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_COORDINATOR", "FACTOR_PASSWORD"));
        var viewer = Viewer.of(admin);
        assertThat(viewer.loggedIn()).isTrue();
        assertThat(viewer.has("COORDINATOR")).isTrue();
        assertThat(viewer.has("COACH", "ADMIN")).isTrue();
        assertThat(viewer.has("VOLUNTEER")).isFalse();
        assertThat(viewer.has("PASSWORD")).isFalse();
    }
}
