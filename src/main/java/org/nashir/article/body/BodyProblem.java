package org.nashir.article.body;

import org.nashir.shared.Messages;

/**
 * What is wrong with one block. {@code index} counts from 1 as editors do; 0 means the body itself.
 */
public record BodyProblem(int index, String type, String field, String message) {

    /** «الكتلة 3 (اقتباس)، حقل «القائل»: مطلوب»: in the words of the editor, never the names in the JSON. */
    public String describe() {
        String where = index == 0 ? Messages.text("body.where")
                : type == null ? Messages.text("block.where", index) : Messages.text("block.where.typed", index, BlockNames.type(type));
        return field == null ? Messages.text("body.problem", where, message)
                : Messages.text("body.problem.field", where, BlockNames.field(field), message);
    }
}
