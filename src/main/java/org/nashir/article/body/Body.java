package org.nashir.article.body;

import java.util.List;

/** A story body: its ordered blocks, already validated. */
public record Body(List<Block> blocks) {

    public static final int VERSION = 1;

    public Body {
        blocks = List.copyOf(blocks);
    }

    public static Body of(Block... blocks) {
        return new Body(List.of(blocks));
    }
}
