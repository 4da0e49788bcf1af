package org.nashir.admin;

import java.util.List;
import org.nashir.article.body.BlockNames;

/** The Arabic names of block types in the editor. */
public final class BlockLabels {

    public static final List<String> TYPES = BlockForm.TYPES;

    private BlockLabels() {
    }

    public static String of(String type) {
        return BlockNames.type(type);
    }
}
