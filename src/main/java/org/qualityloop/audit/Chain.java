package org.qualityloop.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash that links a record to the one before it: SHA-256 over the previous hash and every field of the
 * record, each field length-prefixed so that no two different records read the same. The audit trail and the
 * case event log are chained with it.
 */
public final class Chain {

    /** The hash before the first record. */
    public static final String GENESIS = "0".repeat(64);

    private Chain() {
    }

    public static String link(String previous, Object... fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous.getBytes(StandardCharsets.UTF_8));
            for (Object field : fields) {
                byte[] bytes = Objects.toString(field, "\u0000").getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
