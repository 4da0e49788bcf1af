package org.nashir.article.body;

/**
 * What is wrong with one block. {@code index} counts from 1 as editors do; 0 means the body itself.
 */
public record BodyProblem(int index, String type, String field, String message) {

    /** «الكتلة 3 (اقتباس)، حقل «القائل»: مطلوب»: in the words of the editor, never the names in the JSON. */
    public String describe() {
        String where = index == 0 ? "نص الخبر" : "الكتلة " + index + (type == null ? "" : " (" + BlockNames.type(type) + ")");
        return where + (field == null ? "" : "، حقل «" + BlockNames.field(field) + "»") + ": " + message;
    }
}
