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

    /** What leads the home page and each section's page is the editors' to arrange. */
    public void requireFrontEditor() {
        if (!role.canPublish()) {
            throw new NotAllowedException("role.manage.fronts");
        }
    }

    public void requireAdministrator() {
        if (!role.canManageSite()) {
            throw new NotAllowedException("role.manage.administrator");
        }
    }
}
