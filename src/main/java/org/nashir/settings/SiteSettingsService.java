package org.nashir.settings;

import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the single settings row. */
@Service
public class SiteSettingsService {

    private final SiteSettingsRepository settings;

    SiteSettingsService(SiteSettingsRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Optional<SiteSettings> find() {
        return settings.findById(SiteSettings.SINGLETON_ID);
    }

    @Transactional(readOnly = true)
    public SiteSettings current() {
        return find().orElseGet(SiteSettings::defaults);
    }

    @Transactional
    public SiteSettings save(SiteSettings siteSettings) {
        return settings.save(siteSettings);
    }

    @Transactional
    public SiteSettings update(Consumer<SiteSettings> change) {
        SiteSettings current = current();
        change.accept(current);
        return settings.save(current);
    }
}
