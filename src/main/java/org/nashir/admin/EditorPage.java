package org.nashir.admin;

import java.util.List;
import java.util.Map;

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
        boolean canTakeOver,
        Map<Long, String> relatedHeadlines,
        boolean arabicQuotes,
        boolean canTrash,
        String trashedUntil) {

    /** Published or scheduled: a save waits as the pending version, and publishing it is «تحديث المنشور». */
    public boolean live() {
        return liveStatus;
    }

    /** A story a related-news box names: its headline, or null when no published story has that id. */
    public record Picked(long id, String headline) {
    }

    /** The stories a related-news box's field names, in its order, each with its headline where it is published. */
    public List<Picked> picked(String field) {
        return ids(field).stream().map(id -> new Picked(id, relatedHeadlines.get(id))).toList();
    }

    /** The ids a related-news box's field holds, as its form sends them (spaces or commas between). */
    static List<Long> ids(String field) {
        return field == null ? List.of() : java.util.Arrays.stream(field.split("[\\s,،]+"))
                .filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).distinct().toList();
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
