package org.nashir.security;

import org.nashir.shared.NotAllowedException;

/** Who is doing something: enough for permission checks and the audit log, without a session. */
public record Actor(long userId, String username, Role role) {

    public static Actor of(StaffUser user) {
        return new Actor(user.id(), user.username(), user.role());
    }

    /** Sections, authors and tags are the editors' to manage. */
    public void requireTaxonomyEditor() {
        if (!role.canPublish()) {
            throw new NotAllowedException("role.manage.editors");
        }
    }

    /** The fronts' arrangement and what readers are reading now are the editors'. */
    public void requireEditor() {
        if (!role.canPublish()) {
            throw new NotAllowedException("role.editors-only");
        }
    }

    public void requireAdministrator() {
        if (!role.canManageSite()) {
            throw new NotAllowedException("role.manage.administrator");
        }
    }
}
