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
        boolean canUpload,
        String previewUrl,
        String publicUrl,
        List<LogLine> log,
        Conflict conflict,
        Pending pending,
        boolean liveStatus,
        String presence,
        boolean canTakeOver) {

    /** Published or scheduled: a save waits as the pending version, and publishing it is «تحديث المنشور». */
    public boolean live() {
        return liveStatus;
    }

    /** A new block of every kind, drawn hidden on the page for the editor's scripts to copy in place. */
    public List<BlockForm> newBlocks() {
        return BlockForm.TYPES.stream().map(BlockForm::empty).toList();
    }

        public record Option(long id, String label) {
    }

    public record LogLine(String when, String who, String what) {
    }

    /** A live story's edits not yet live, and how they differ from what readers see. */
    public record Pending(String savedBy, String savedAt, RevisionDiff.Comparison comparison) {
    }

    /**
     * The version somebody else saved while this editor was typing ({@code theirsVersion}), part by part against
     * what this editor typed; a choice is asked for every part that differs.
     */
    public record Conflict(String savedBy, long theirsVersion, List<ThreeWayMerge.Row> rows) {

        public List<ThreeWayMerge.Row> differing() {
            return rows.stream().filter(r -> !r.same()).toList();
        }
    }
}
