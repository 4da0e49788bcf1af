package org.nashir.front;

import org.nashir.shared.Messages;

/** How a section's block on the home page shows its stories, and how many. */
public enum FrontStyle {
    /** The newest with its picture, the next ones as headlines. */
    LEAD_LIST(4, "front.style.lead-list"),
    /** Cards with pictures, side by side. */
    GRID(3, "front.style.grid"),
    /** Headlines beside small pictures: the compact block. */
    THUMBS(4, "front.style.thumbs"),
    /** Not on the home page; the section keeps its own page. */
    HIDDEN(0, "front.style.hidden");

    private final int stories;
    private final String nameKey;

    FrontStyle(int stories, String nameKey) {
        this.stories = stories;
        this.nameKey = nameKey;
    }

    public int stories() {
        return stories;
    }

    public String arabicName() {
        return Messages.text(nameKey);
    }
}
