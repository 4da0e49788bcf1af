package org.nashir.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in member of staff, as kept in the session (serialisable: sessions live in the database). */
public record StaffPrincipal(long id, String username, String displayName, Role role, String password, boolean enabled)
        implements UserDetails {

    static StaffPrincipal of(StaffUser user) {
        return new StaffPrincipal(user.id(), user.username(), user.displayName(), user.role(), user.passwordHash(),
                user.enabled());
    }

    public Actor actor() {
        return new Actor(id, username, role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return password;
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
        return "StaffPrincipal[" + username + ", " + role + "]";
    }
}
