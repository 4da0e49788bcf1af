package org.nashir.webhook;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    @Query("""
            select d from WebhookDelivery d where d.status = org.nashir.webhook.WebhookDelivery.Status.PENDING
            and d.nextAttemptAt <= :now order by d.nextAttemptAt, d.id""")
    List<WebhookDelivery> findDue(Instant now, Limit limit);

    /**
     * Takes a delivery for one sender: moves its next attempt to {@code lease} only if nobody moved it
     * since it was read. One row changed means this sender, on this node or another, owns the attempt.
     */
    @Modifying
    @Query("""
            update WebhookDelivery d set d.nextAttemptAt = :lease where d.id = :id and d.nextAttemptAt = :seen
            and d.status = org.nashir.webhook.WebhookDelivery.Status.PENDING""")
    int claim(long id, Instant seen, Instant lease);

    List<WebhookDelivery> findByWebhookIdOrderByCreatedAtDescIdDesc(long webhookId, Limit limit);
}
