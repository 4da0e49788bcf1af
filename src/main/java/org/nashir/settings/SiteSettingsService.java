package org.nashir.settings;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.nashir.security.Actor;
import org.nashir.shared.ChangedElsewhere;
import org.nashir.shared.Kept;
import org.nashir.shared.SiteWideChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Reads and changes the single settings row. */
@Service
public class SiteSettingsService {

    private static final Duration KEPT = Duration.ofSeconds(30);

    private final SiteSettingsRepository settings;
    private final ApplicationEventPublisher events;
    private final Kept<SiteSettings> kept = new Kept<>(KEPT, () -> find().orElseGet(SiteSettings::defaults));

    SiteSettingsService(SiteSettingsRepository settings, ApplicationEventPublisher events) {
        this.settings = settings;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<SiteSettings> find() {
        return settings.findById(SiteSettings.SINGLETON_ID);
    }

    /**
     * The settings as every page reads them, kept for {@link #KEPT}: a page must not pay a query for
     * them. A change made here is seen at once (the copy is dropped after commit); one made by
     * another node is seen once that node's purge arrives ({@link ChangedElsewhere}), within {@link #KEPT} at most. Never change the returned object: use {@link #update}.
     */
    public SiteSettings current() {
        return kept.get();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SiteWideChange change) {
        kept.forget();
    }

    @EventListener
    void on(ChangedElsewhere change) {
        if (change.siteWide()) {
            kept.forget();
        }
    }

    /** The site's own setup (the demo newsroom on a first start), which no one acts in. */
    @Transactional
    public SiteSettings save(SiteSettings siteSettings) {
        events.publishEvent(new SiteWideChange("settings"));
        return settings.save(siteSettings);
    }

    /** A change by an administrator, the only role that runs the site. */
    @Transactional
    public SiteSettings update(Actor by, Consumer<SiteSettings> change) {
        by.requireAdministrator();
        SiteSettings current = find().orElseGet(SiteSettings::defaults);
        change.accept(current);
        events.publishEvent(new SiteWideChange("settings"));
        return settings.save(current);
    }
}
