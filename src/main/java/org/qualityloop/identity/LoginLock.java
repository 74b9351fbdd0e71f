package org.qualityloop.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.qualityloop.calendar.BusinessClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after repeated wrong passwords, for pages and API alike. The count lives in the
 * database, not in a node's memory, so guessing cannot be spread over the nodes of a cluster.
 */
@Component
public class LoginLock {

    private final JdbcClient jdbc;
    private final BusinessClock clock;
    private final int maxFailures;
    private final Duration lockFor;

    LoginLock(JdbcClient jdbc, BusinessClock clock,
              @Value("${qualityloop.security.max-failed-logins:5}") int maxFailures,
              @Value("${qualityloop.security.lock-duration:15m}") Duration lockFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    public int maxFailures() {
        return maxFailures;
    }

    public long lockMinutes() {
        return lockFor.toMinutes();
    }

    boolean isOpen(Timestamp lockedUntil) {
        return lockedUntil == null || !lockedUntil.toInstant().isAfter(clock.now());
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.now();
        // One statement, so concurrent failures on two nodes are both counted.
        jdbc.sql("""
                update app_user set
                  locked_until = case when failed_logins + 1 >= :max then :until else locked_until end,
                  failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end
                where username = :username""")
                .param("max", maxFailures)
                .param("until", Timestamp.from(now.plus(lockFor)))
                .param("username", event.getAuthentication().getName())
                .update();
    }

    /**
     * A right password clears the count, unless a second factor is still to come: else a stolen password could
     * be followed by guesses at the code without end, four at a time.
     */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Account account && account.secondFactorEnabled()) {
            return;
        }
        reset(event.getAuthentication().getName());
    }

    /** The sign-in is complete: the count of failures starts again. */
    void reset(String username) {
        jdbc.sql("update app_user set failed_logins = 0 where username = ? and failed_logins > 0").param(username).update();
    }
}
