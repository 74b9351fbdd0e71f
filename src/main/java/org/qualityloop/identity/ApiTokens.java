package org.qualityloop.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.forms.FieldErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: what an API client of an account with a second factor sends ({@code Authorization: Bearer
 * …}) instead of the password. Shown once when made, stored as a hash, listed with their last use, revoked (never
 * removed).
 */
@Service
public class ApiTokens {

    static final String PREFIX = "qlt_";
    private static final int NAME_MAX = 100;

    private final JdbcClient jdbc;
    private final BusinessClock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, BusinessClock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** A token as its owner sees it in the list; the token itself is never shown again. */
    public record Listed(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** Makes a token named by its owner (which client uses it) and returns it, to be shown this once. */
    @Transactional
    public String create(String username, String name) {
        String trimmed = name == null ? "" : name.strip();
        FieldErrors errors = new FieldErrors();
        if (trimmed.isEmpty()) {
            errors.reject("name", "validation.required");
        } else if (trimmed.length() > NAME_MAX) {
            errors.reject("name", "validation.tooLong", NAME_MAX);
        }
        errors.throwIfAny();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("insert into api_token (username, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(username, trimmed, SecondFactor.hash(token), Timestamp.from(clock.now())).update();
        events.publishEvent(new AccountChanged(username, username, "API_TOKEN_CREATED " + trimmed));
        return token;
    }

    public List<Listed> of(String username) {
        return jdbc.sql("""
                select id, name, created_at, last_used_at, revoked_at from api_token where username = ?
                order by revoked_at is not null, created_at desc, id desc""")
                .param(username)
                .query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
                .list();
    }

    /** Revokes one of the owner's tokens; a token of someone else is not found. */
    @Transactional
    public boolean revoke(String username, long id) {
        String name = jdbc.sql("select name from api_token where id = ? and username = ? and revoked_at is null")
                .params(id, username).query(String.class).optional().orElse(null);
        if (name == null) {
            return false;
        }
        jdbc.sql("update api_token set revoked_at = ? where id = ?").params(Timestamp.from(clock.now()), id).update();
        events.publishEvent(new AccountChanged(username, username, "API_TOKEN_REVOKED " + name));
        return true;
    }

    /** The owner of a live token, its use noted; nothing for an unknown or revoked token. */
    @Transactional
    public Optional<String> owner(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = SecondFactor.hash(token);
        Optional<String> owner = jdbc.sql("select username from api_token where token_hash = ? and revoked_at is null")
                .param(hash).query(String.class).optional();
        // the last use to the minute: one write a minute per token, not one per API call
        Instant now = clock.now();
        owner.ifPresent(u -> jdbc.sql("""
                update api_token set last_used_at = ?
                where token_hash = ? and (last_used_at is null or last_used_at < ?)""")
                .params(Timestamp.from(now), hash, Timestamp.from(now.minusSeconds(60))).update());
        return owner;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
