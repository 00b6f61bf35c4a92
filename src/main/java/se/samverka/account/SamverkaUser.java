package se.samverka.account;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in person. Serializable because sessions are stored in the database. */
public record SamverkaUser(
        UUID accountId, String username, String passwordHash, Role role, String displayName, boolean enabled)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        var roles =
                new java.util.ArrayList<GrantedAuthority>(List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        if (role == Role.ADMIN) {
            // an administrator can do all a coordinator can
            roles.add(new SimpleGrantedAuthority("ROLE_" + Role.COORDINATOR.name()));
        }
        return roles;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "SamverkaUser[" + accountId + ", " + role + "]";
    }
}
