package org.nashir.webhook;

import org.nashir.shared.Coded;

/** The story events a hook can subscribe to, with the names partners see in payloads and headers. */
public enum WebhookEvent implements Coded {
    PUBLISHED("article.published", "نشر خبر"),
    UPDATED("article.updated", "تعديل خبر منشور"),
    UNPUBLISHED("article.unpublished", "إلغاء نشر خبر"),
    DELETED("article.deleted", "حذف خبر");

    private final String code;
    private final String arabicName;

    WebhookEvent(String code, String arabicName) {
        this.code = code;
        this.arabicName = arabicName;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String arabicName() {
        return arabicName;
    }
}
