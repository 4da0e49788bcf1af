package org.nashir.webhook;

/** The story events a hook can subscribe to, with the names partners see in payloads and headers. */
public enum WebhookEvent {
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

    public String code() {
        return code;
    }

    public String arabicName() {
        return arabicName;
    }

    public static WebhookEvent fromCode(String code) {
        for (WebhookEvent event : values()) {
            if (event.code.equals(code)) {
                return event;
            }
        }
        throw new IllegalArgumentException("unknown webhook event " + code);
    }
}
