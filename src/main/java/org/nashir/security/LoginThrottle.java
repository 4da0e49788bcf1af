package org.nashir.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nashir.shared.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: too many failed sign-ins for one account, or from one address,
 * within a window block further attempts from it until the window has passed. A success clears
 * the account's count, never the address's, so spraying many accounts from one address stays blocked.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Lets a sign-in attempt through, or not. An attempt let through is counted at once, before its password is
     * checked, so that parallel guesses cannot all pass the limit together; a success takes it back.
     */
    public boolean admit(String username, String address) {
        String account = accountKey(username);
        String from = addressKey(address);
        synchronized (this) {
            if (count(account) >= PER_ACCOUNT || count(from) >= PER_ADDRESS) {
                log.warn("Sign-in refused while throttled: {} from {}", LogText.of(username), LogText.of(address));
                return false;
            }
            if (failures.size() > MAX_TRACKED) {
                failures.clear(); // bounded memory beats perfect memory under a flood
            }
            record(account);
            record(from);
            return true;
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        log.warn("Failed sign-in for {} from {}", LogText.of(event.getAuthentication().getName()),
                LogText.of(addressOf(event.getAuthentication().getDetails())));
    }

    /** A success clears the account's count, and takes back only its own attempt from the address's. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String address = addressOf(event.getAuthentication().getDetails());
        failures.remove(accountKey(event.getAuthentication().getName()));
        Deque<Instant> times = address == null ? null : failures.get(addressKey(address));
        if (times != null) {
            synchronized (times) {
                times.pollLast();
            }
        }
        log.info("Signed in: {} from {}", LogText.of(event.getAuthentication().getName()), LogText.of(address));
    }

    private void record(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > PER_ADDRESS) {
                times.removeFirst();
            }
        }
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = clock.instant().minus(WINDOW);
        synchronized (times) {
            times.removeIf(t -> t.isBefore(since));
            return times.size();
        }
    }

    private static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String accountKey(String username) {
        return "u:" + StaffAccounts.normalize(username);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
