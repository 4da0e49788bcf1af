package org.nashir.front;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A section's block on the home page: where it stands and how it shows. */
@Embeddable
public class FrontBlock {

    @Column(name = "section_id", nullable = false)
    private long sectionId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FrontStyle style;

    protected FrontBlock() {
    }

    public FrontBlock(long sectionId, int position, FrontStyle style) {
        this.sectionId = sectionId;
        this.position = position;
        this.style = style;
    }

    public long sectionId() {
        return sectionId;
    }

    public int position() {
        return position;
    }

    public FrontStyle style() {
        return style;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrontBlock block && block.sectionId == sectionId && block.position == position
                && block.style == style;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(sectionId, position, style);
    }
}
