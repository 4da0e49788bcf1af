package org.nashir.admin;

import java.util.List;

/** Webhooks: the registered hooks, or one hook with its secret and delivery log. */
public record WebhooksPage(AdminLayout layout, String error, List<Hook> hooks, List<Choice> events, Hook hook,
        List<Delivery> deliveries) {

    public record Hook(long id, String url, String events, boolean active, String created, String secret) {
    }

    public record Delivery(String event, long articleId, String status, int attempts, String lastStatus, String error,
            String created, String next) {
    }
}
