package org.nashir.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member of staff, as kept in the session (serialised: sessions live in the database): who, in
 * which role, and the account's security stamp. The password hash is held only while signing in and is never
 * written to the session; role, name, access and stamp are checked against the account on every request
 * ({@link AccountRefresh}), so a change reaches every open session at once.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 2L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final String stamp;
    private transient String password;

    StaffPrincipal(long id, String username, String displayName, Role role, boolean enabled, String stamp, String password) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.stamp = stamp;
        this.password = password;
    }

    static StaffPrincipal of(StaffUser user) {
        return new StaffPrincipal(user.id(), user.username(), user.displayName(), user.role(), user.enabled(),
                user.securityStamp(), user.passwordHash());
    }

    /** The same person as the account now reads: another role or name, or a new stamp after their own password change. */
    StaffPrincipal as(Role role, String displayName, String stamp) {
        return new StaffPrincipal(id, username, displayName, role, enabled, stamp, null);
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    String stamp() {
        return stamp;
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
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + ", " + role + "]";
    }
}
