package org.nashir.security;

import org.nashir.shared.Messages;

/** What a member of staff may do. Checked on the server for every action. */
public enum Role {
    ADMINISTRATOR("role.administrator"),
    EDITOR("role.editor"),
    REPORTER("role.reporter"),
    CONTRIBUTOR("role.contributor");

    private final String nameKey;

    Role(String nameKey) {
        this.nameKey = nameKey;
    }

    public String arabicName() {
        return Messages.text(nameKey);
    }

    /** Publish, unpublish and schedule any story; manage sections, authors and tags. */
    public boolean canPublish() {
        return this == ADMINISTRATOR || this == EDITOR;
    }

    public boolean canEditOthersStories() {
        return canPublish();
    }

    /** Everyone who writes hands a story to the editors; only publishing is theirs. */
    public boolean canSubmitForReview() {
        return true;
    }

    public boolean canUploadMedia() {
        return this != CONTRIBUTOR;
    }

    public boolean canManageSite() {
        return this == ADMINISTRATOR;
    }

    String authority() {
        return "ROLE_" + name();
    }
}
