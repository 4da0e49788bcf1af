package org.nashir.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nashir.shared.InvalidInputException;
import org.nashir.shared.NotAllowedException;
import org.nashir.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes API tokens. A token is {@code nsr_} and 40 random URL-safe letters; the
 * database keeps its SHA-256 only (a random 240-bit secret needs no slow hash), so a stolen database
 * yields no usable token.
 */
@Service
public class ApiTokens {

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    static final String PREFIX = "nsr_";
    /** How much of a token is kept in clear, to show in lists and to find it by. */
    private static final int SHOWN = PREFIX.length() + 6;
    private static final Duration USE_RECORDING = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final StaffUserRepository users;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, StaffUserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** The token as issued: its secret is in {@code token}, shown once. */
    public record Issued(ApiToken saved, String token) {
    }

    /** Who called with a valid token, and what the token allows. */
    public record Caller(Actor actor, Set<ApiScope> scopes) {

        public void require(ApiScope scope) {
            if (!scopes.contains(scope)) {
                throw new NotAllowedException("token.scope.missing", scope.code());
            }
        }
    }

    /** A token for a staff member named by their user name; for the command line. */
    @Transactional
    public Issued issue(String username, String name, Set<ApiScope> scopes) {
        StaffUser user = users.findByUsername(StaffAccounts.normalize(username))
                .orElseThrow(() -> new InvalidInputException("username", "token.user.missing"));
        return issue(user.id(), name, scopes);
    }

    @Transactional
    public Issued issue(long userId, String name, Set<ApiScope> scopes) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidInputException("name", "token.name.required");
        }
        if (scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "token.scopes.required");
        }
        StaffUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
        byte[] secret = new byte[30];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(user, name.strip(), hash(token), token.substring(0, SHOWN),
                scopes, clock.instant()));
        log.info("API token {} ({}) issued to {} with {}", saved.prefix(), saved.name(), user.username(), scopes);
        return new Issued(saved, token);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    /** Owners revoke their own tokens; administrators anyone's. */
    @Transactional
    public void revoke(Actor actor, long tokenId) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("token " + tokenId));
        if (!token.user().id().equals(actor.userId()) && !actor.role().canManageSite()) {
            throw new NotAllowedException("token.revoke.not-yours");
        }
        token.revoke(clock.instant());
        log.info("API token {} of {} revoked by {}", token.prefix(), token.user().username(), actor.username());
    }

    /** The caller behind an {@code Authorization: Bearer} value; empty when unknown, revoked or its account disabled. */
    @Transactional
    public Optional<Caller> authenticate(String bearer) {
        if (bearer == null || !bearer.startsWith(PREFIX) || bearer.length() < SHOWN || bearer.length() > 100) {
            return Optional.empty();
        }
        // found by the prefix anyone may see, then the hash compared in constant time: how long the answer
        // takes says nothing about how much of a guessed token was right
        byte[] presented = hash(bearer).getBytes(StandardCharsets.US_ASCII);
        return tokens.findByPrefix(bearer.substring(0, SHOWN)).stream()
                .filter(token -> MessageDigest.isEqual(token.secretHash().getBytes(StandardCharsets.US_ASCII), presented))
                .findFirst()
                .filter(ApiToken::active)
                .filter(token -> token.user().enabled())
                .map(token -> {
                    Instant now = clock.instant();
                    if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(USE_RECORDING))) {
                        token.used(now);
                    }
                    return new Caller(Actor.of(token.user()), token.scopes());
                });
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
