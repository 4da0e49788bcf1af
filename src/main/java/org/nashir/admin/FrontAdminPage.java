package org.nashir.admin;

import java.util.List;

/**
 * The fronts' page: the home page's places ({@code slots}, 0 the lead) filled from {@code candidates}, its section
 * blocks in order, and each section's pinned lead. A selected value is a story's id, or empty for the newest.
 */
public record FrontAdminPage(AdminLayout layout, long version, List<Slot> slots, List<Choice> candidates,
        List<Block> blocks, List<Choice> styles, List<SectionLead> sectionLeads, String updated, String error) {

    public record Slot(int number, String label, String selected) {
    }

    public record Block(long sectionId, String name, String style, int order) {
    }

    public record SectionLead(long sectionId, String name, long version, String selected, List<Choice> candidates) {
    }
}
