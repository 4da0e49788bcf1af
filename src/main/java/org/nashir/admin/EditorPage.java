package org.nashir.admin;

import java.util.List;

/** The story editor: the form as typed, the choices it offers, and what the editor may do. */
public record EditorPage(
        AdminLayout layout,
        Long id,
        String statusName,
        StoryForm form,
        List<Option> sections,
        List<Option> authors,
        List<Option> tags,
        List<Option> images,
        boolean canSubmit,
        boolean canPublish,
        String previewUrl,
        String publicUrl,
        List<LogLine> log,
        Conflict conflict) {

    public record Option(long id, String label) {
    }

    public record LogLine(String when, String who, String what) {
    }

    /** The version somebody else saved while this editor was typing. */
    public record Conflict(String savedBy, String headline, String standfirst, List<String> blocks) {
    }
}
