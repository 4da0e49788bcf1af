package org.nashir.article.body;

/**
 * What is wrong with one block. {@code index} counts from 1 as editors do; 0 means the body itself.
 */
public record BodyProblem(int index, String type, String field, String message) {

    /** «الكتلة 3 (quote)، الحقل speaker: مطلوب» */
    public String describe() {
        String where = index == 0 ? "نص الخبر" : "الكتلة " + index + (type == null ? "" : " (" + type + ")");
        return where + (field == null ? "" : "، الحقل " + field) + ": " + message;
    }
}
