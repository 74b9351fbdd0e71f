package org.qualityloop.identity;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.forms.FieldErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor (RFC 6238 TOTP: SHA-1, 6 digits, 30 s, as every authenticator app reads it from a QR code),
 * with one-time recovery codes for a lost phone. A code is accepted once: the time step it matched is kept and
 * no earlier or equal step counts again (RFC 6238 §5.2). Codes are checked against the real time, not the
 * business clock, because the phone counts real time.
 */
@Service
public class SecondFactor {

    static final int PERIOD_SECONDS = 30;
    /** How the app lists the account: the same in every language of the pages. */
    private static final String ISSUER = "QualityLoop";
    private static final int RECOVERY_CODES = 10;
    /** One step either side: a phone's clock a little off, or a code typed as it turned over. */
    private static final int STEPS_EITHER_SIDE = 1;

    private final JdbcClient jdbc;
    private final BusinessClock businessClock;
    private final ApplicationEventPublisher events;
    private final Clock realTime = Clock.systemUTC();
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    SecondFactor(JdbcClient jdbc, BusinessClock businessClock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.businessClock = businessClock;
        this.events = events;
    }

    /** What the enrolment page shows: the secret to type by hand and the same as a QR code (a data URI). */
    public record Enrolment(String secret, String qrCode) {

        /** The secret in groups of four, as people type it. */
        public String grouped() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    public boolean enabled(String username) {
        return jdbc.sql("select totp_enabled_at from app_user where username = ?").param(username)
                .query(Timestamp.class).optional().isPresent();
    }

    /** The secret waiting for its first code; the same one until it is confirmed, so a reload shows the same QR code. */
    @Transactional
    public Enrolment enrolment(String username) {
        String secret = jdbc.sql("select totp_pending_secret from app_user where username = ?").param(username)
                .query(String.class).optional().orElse(null);
        if (secret == null) {
            secret = new DefaultSecretGenerator(32).generate();
            jdbc.sql("update app_user set totp_pending_secret = ? where username = ?").params(secret, username).update();
        }
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        ZxingPngQrGenerator png = new ZxingPngQrGenerator();
        png.setImageSize(240);
        try {
            return new Enrolment(secret, Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code for the second factor could not be drawn", e);
        }
    }

    /**
     * The first code from the app confirms the secret: the second factor is on from now, and the recovery codes
     * are returned, to be shown this once. A wrong code is reported on {@code code}; nothing changes then.
     */
    @Transactional
    public List<String> confirm(String username, String code) {
        String pending = jdbc.sql("select totp_pending_secret from app_user where username = ?").param(username)
                .query(String.class).optional().orElse(null);
        OptionalLong step = pending == null ? OptionalLong.empty() : matchingStep(pending, code, Long.MIN_VALUE);
        if (step.isEmpty()) {
            new FieldErrors().reject("code", "secondFactor.codeWrong").throwIfAny();
        }
        jdbc.sql("""
                update app_user set totp_secret = totp_pending_secret, totp_pending_secret = null, totp_enabled_at = ?,
                  totp_last_step = ? where username = ?""")
                .params(now(), step.getAsLong(), username).update();
        events.publishEvent(new AccountChanged(username, username, "SECOND_FACTOR_ENROLLED"));
        return newRecoveryCodes(username);
    }

    /**
     * A code at sign-in: from the app (each time step once) or one of the recovery codes (each once).
     * Returns what was accepted, or nothing.
     */
    @Transactional
    public Accepted verify(String username, String code) {
        if (code == null || code.isBlank()) {
            return Accepted.NOTHING;
        }
        String typed = code.strip();
        record Stored(String secret, Long lastStep) {
        }
        Stored stored = jdbc.sql("select totp_secret, totp_last_step from app_user where username = ? and totp_enabled_at is not null for update")
                .param(username)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2)))
                .optional().orElse(null);
        if (stored == null) {
            return Accepted.NOTHING;
        }
        OptionalLong step = matchingStep(stored.secret(), typed, stored.lastStep() == null ? Long.MIN_VALUE : stored.lastStep());
        if (step.isPresent()) {
            jdbc.sql("update app_user set totp_last_step = ? where username = ?").params(step.getAsLong(), username).update();
            return Accepted.APP_CODE;
        }
        int used = jdbc.sql("""
                update recovery_code set used_at = ?
                where username = ? and code_hash = ? and used_at is null and voided_at is null""")
                .params(now(), username, hash(normalized(typed))).update();
        return used == 1 ? Accepted.RECOVERY_CODE : Accepted.NOTHING;
    }

    /** What a code at sign-in turned out to be. */
    public enum Accepted {
        APP_CODE, RECOVERY_CODE, NOTHING;

        public boolean any() {
            return this != NOTHING;
        }
    }

    /** A fresh set of recovery codes; the unused ones of the last set no longer work. */
    @Transactional
    public List<String> newRecoveryCodes(String username) {
        Timestamp now = now();
        jdbc.sql("update recovery_code set voided_at = ? where username = ? and used_at is null and voided_at is null")
                .params(now, username).update();
        List<String> fresh = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        for (String code : fresh) {
            jdbc.sql("insert into recovery_code (username, code_hash, created_at) values (?, ?, ?)")
                    .params(username, hash(normalized(code)), now).update();
        }
        return fresh;
    }

    public int recoveryCodesLeft(String username) {
        return jdbc.sql("select count(*) from recovery_code where username = ? and used_at is null and voided_at is null")
                .param(username).query(Integer.class).single();
    }

    /** The user turns the second factor off (only where the role does not require it), with a current code. */
    @Transactional
    public void turnOff(String username, String code) {
        if (!verify(username, code).any()) {
            new FieldErrors().reject("code", "secondFactor.codeWrong").throwIfAny();
        }
        clear(username);
        events.publishEvent(new AccountChanged(username, username, "SECOND_FACTOR_TURNED_OFF"));
    }

    /** The security administrator takes the second factor off an account (phone and recovery codes lost). */
    @Transactional
    public void reset(String by, String username) {
        clear(username);
        events.publishEvent(new AccountChanged(by, username, "SECOND_FACTOR_RESET"));
    }

    private void clear(String username) {
        jdbc.sql("""
                update app_user set totp_secret = null, totp_pending_secret = null, totp_enabled_at = null,
                  totp_last_step = null where username = ?""").param(username).update();
        jdbc.sql("update recovery_code set voided_at = ? where username = ? and used_at is null and voided_at is null")
                .params(now(), username).update();
    }

    /** The time step, among the current one and its neighbours, whose code this is, if later than {@code after}. */
    private OptionalLong matchingStep(String secret, String code, long after) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        byte[] typed = code.strip().getBytes(StandardCharsets.US_ASCII);
        long current = realTime.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = current - STEPS_EITHER_SIDE; step <= current + STEPS_EITHER_SIDE; step++) {
            if (step <= after) {
                continue;
            }
            try {
                byte[] expected = codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(expected, typed)) {
                    return OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException("TOTP code could not be computed", e);
            }
        }
        return OptionalLong.empty();
    }

    private static String normalized(String recoveryCode) {
        return recoveryCode.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Timestamp now() {
        return Timestamp.from(businessClock.now());
    }
}
