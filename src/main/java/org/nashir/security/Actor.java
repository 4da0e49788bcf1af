package org.nashir.security;

/** Who is doing something: enough for permission checks and the audit log, without a session. */
public record Actor(long userId, String username, Role role) {

    public static Actor of(StaffUser user) {
        return new Actor(user.id(), user.username(), user.role());
    }
}
