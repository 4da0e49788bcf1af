package org.nashir.webhook;

import org.nashir.shared.Coded;
import org.nashir.shared.Messages;

/** The story events a hook can subscribe to, with the names partners see in payloads and headers. */
public enum WebhookEvent implements Coded {
    PUBLISHED("article.published", "webhook.event.published"),
    UPDATED("article.updated", "webhook.event.updated"),
    UNPUBLISHED("article.unpublished", "webhook.event.unpublished"),
    DELETED("article.deleted", "webhook.event.deleted");

    private final String code;
    private final String nameKey;

    WebhookEvent(String code, String nameKey) {
        this.code = code;
        this.nameKey = nameKey;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String arabicName() {
        return Messages.text(nameKey);
    }
}
