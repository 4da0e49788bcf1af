package org.nashir.security;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.Messages;
import org.nashir.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates staff accounts and changes their passwords, roles and access. */
@Service
public class StaffAccounts {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);
    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");

    private final StaffUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffAccounts(StaffUserRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean anyExists() {
        return users.count() > 0;
    }

    /** Everything wrong with a new account's fields at once, in the form's order; empty when it can be made. */
    @Transactional(readOnly = true)
    public List<String> problems(String username, String displayName, String password) {
        List<String> problems = new java.util.ArrayList<>();
        String name = normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            problems.add(Messages.text("account.username.invalid"));
        } else if (users.findByUsername(name).isPresent()) {
            problems.add(Messages.text("account.username.taken"));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            problems.add(Messages.text("account.name.required"));
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            problems.add(Messages.text("account.password.short", MIN_PASSWORD));
        }
        return problems;
    }

    /** An account made by an administrator in the back office. */
    @Transactional
    public StaffUser create(Actor by, String username, String displayName, String password, Role role) {
        by.requireAdministrator();
        return create(username, displayName, password, role);
    }

    /**
     * An administrator made by whoever holds the server itself: the one-time first-run link from its log, or the
     * console ({@code create-admin}). Neither has an account to act as.
     */
    @Transactional
    public StaffUser createAdministrator(String username, String displayName, String password) {
        return create(username, displayName, password, Role.ADMINISTRATOR);
    }

    private StaffUser create(String username, String displayName, String password, Role role) {
        String name = normalize(username);
        List<String> problems = problems(username, displayName, password);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("account", "account.problems", String.join("؛ ", problems));
        }
        StaffUser user = users.save(new StaffUser(name, displayName.strip(), passwords.encode(password), role, clock.instant()));
        log.info("Created {} account {}", role, name);
        return user;
    }

    @Transactional
    /** Changes the password and the account's security stamp, which it returns: other sessions end with it. */
    public String changePassword(long userId, String current, String replacement) {
        StaffUser user = find(userId);
        if (current == null || !passwords.matches(current, user.passwordHash())) {
            throw new InvalidInputException("current", "account.password.wrong");
        }
        requireStrong(replacement);
        user.changePasswordHash(passwords.encode(replacement));
        log.info("Password changed for {}", user.username());
        return user.securityStamp();
    }

    /** A disabled account's sessions end at their next request (AccountRefresh). */
    @Transactional
    public void setEnabled(Actor by, long userId, boolean enabled) {
        StaffUser user = changedBy(by, userId);
        user.enable(enabled);
        log.info("Account {} {}", user.username(), enabled ? "enabled" : "disabled");
    }

    @Transactional
    public void changeRole(Actor by, long userId, Role role) {
        StaffUser user = changedBy(by, userId);
        user.changeRole(role);
        log.info("Account {} is now {}", user.username(), role);
    }

    @Transactional(readOnly = true)
    public List<StaffUser> all(Actor by) {
        by.requireAdministrator();
        return users.findAllByOrderByUsernameAsc();
    }

    /** Administrators change others' accounts; nobody locks themselves out or lowers their own role by mistake. */
    private StaffUser changedBy(Actor by, long userId) {
        by.requireAdministrator();
        if (by.userId() == userId) {
            throw new InvalidInputException("user", "account.self");
        }
        return find(userId);
    }

    /** This person has read what the newsroom told them, up to now. */
    @Transactional
    public void noticesSeen(long userId, Instant at) {
        users.noticesSeen(userId, at);
    }

    @Transactional(readOnly = true)
    public StaffUser find(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
    }

    /**
     * How the newsroom's logs and histories name who did something: by display name, «النظام» for the
     * scheduler, and the username as written for an account since deleted.
     */
    @Transactional(readOnly = true)
    public Function<String, String> displayNames() {
        Map<String, String> names = new HashMap<>();
        users.findAll().forEach(u -> names.put(u.username(), u.displayName()));
        return username -> SYSTEM.equals(username) ? Messages.text("account.system") : names.getOrDefault(username, username);
    }

    /** What the audit log and revisions record for work done by the site itself (scheduled publishing). */
    public static final String SYSTEM = "system";

    /** Usernames are compared trimmed and in lower case, at sign-up, sign-in and in the throttle alike. */
    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw new InvalidInputException("password", "account.password.short", MIN_PASSWORD);
        }
    }
}
