package org.nashir.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * No default password ever exists. When an installation has no staff at all, a one-time link to
 * create the first administrator is printed in the log; it expires, and works once.
 */
@Component
public class FirstRunSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);
    static final Duration VALIDITY = Duration.ofHours(1);

    private final StaffAccounts accounts;
    private final Clock clock;
    private final Environment environment;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] token;
    private volatile Instant expires;

    FirstRunSetup(StaffAccounts accounts, Clock clock, Environment environment) {
        this.accounts = accounts;
        this.clock = clock;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (accounts.anyExists() || environment.getProperty("local.server.port") == null) {
            return;
        }
        String link = issue();
        log.warn("No staff account exists yet. Create the first administrator within {} minutes at: http://localhost:{}/admin/setup/{}",
                VALIDITY.toMinutes(), environment.getProperty("local.server.port"), link);
    }

    /** A fresh token, replacing any earlier one. */
    public synchronized String issue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        token = bytes;
        expires = clock.instant().plus(VALIDITY);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public boolean accepts(String candidate) {
        byte[] current = token;
        if (current == null || candidate == null || clock.instant().isAfter(expires) || accounts.anyExists()) {
            return false;
        }
        try {
            return MessageDigest.isEqual(current, Base64.getUrlDecoder().decode(candidate));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Creates the first administrator if the token is still good; the token is spent either way. */
    public synchronized StaffUser complete(String candidate, String username, String displayName, String password) {
        if (!accepts(candidate)) {
            throw new IllegalStateException("The setup link has expired or was used");
        }
        StaffUser admin = accounts.createAdministrator(username, displayName, password);
        token = null;
        return admin;
    }
}
