package org.nashir.webhook;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookRepository extends JpaRepository<Webhook, Long> {

    List<Webhook> findByActiveTrue();

    List<Webhook> findAllByOrderByCreatedAtDesc();
}
