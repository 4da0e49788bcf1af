package org.nashir.security;

/** What a member of staff may do. Checked on the server for every action. */
public enum Role {
    ADMINISTRATOR("مدير الموقع"),
    EDITOR("محرر"),
    REPORTER("مراسل"),
    CONTRIBUTOR("كاتب مساهم");

    private final String arabicName;

    Role(String arabicName) {
        this.arabicName = arabicName;
    }

    public String arabicName() {
        return arabicName;
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
