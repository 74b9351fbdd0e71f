package org.qualityloop.delivery;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.Attachments;
import org.qualityloop.forms.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Signatures drawn on the handler's phone when a document is served on the spot: the recipient's, and for 留置送达 the
 * witness's. Each is kept as the PNG the page sent, with its SHA-256, when, by whose hand the phone was held and, if the
 * phone allowed, where. Nothing is replaced: a second signature for the same role is kept beside the first, and the
 * latest is the one the receipt shows.
 */
@Repository
public class Signatures {

    public enum Role { RECIPIENT, WITNESS }

    /** One signature, as the receipt and the case file show it. */
    public record Signature(UUID id, UUID caseId, String taskId, Role role, String signerName, byte[] image,
                            String sha256, Instant signedAt, String recordedBy, Double latitude, Double longitude,
                            Double accuracyMetres) {

        public String dataUri() {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(image);
        }
    }

    static final int MAX_BYTES = 300 * 1024;
    private static final String PREFIX = "data:image/png;base64,";

    private final JdbcClient jdbc;
    private final BusinessClock clock;

    Signatures(JdbcClient jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps a signature drawn on the page; refuses what is not a PNG with something drawn on it. */
    public Signature record(UUID caseId, String taskId, Role role, String signerName, String dataUri, String by,
                            Double latitude, Double longitude, Double accuracy) {
        FieldErrors errors = new FieldErrors();
        if (signerName == null || signerName.isBlank()) {
            errors.reject("signerName", "signature.nameRequired");
        } else if (signerName.length() > 100) {
            errors.reject("signerName", "validation.tooLong", 100);
        }
        byte[] png = decode(dataUri, errors);
        errors.throwIfAny();
        Signature signature = new Signature(UUID.randomUUID(), caseId, taskId, role, signerName.strip(), png, Attachments.sha256(png),
                clock.now(), by, latitude, longitude, accuracy);
        jdbc.sql("""
                insert into service_signature (id, case_id, task_id, signer_role, signer_name, image, sha256, signed_at,
                  recorded_by, latitude, longitude, accuracy_m) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(signature.id(), caseId, taskId, role.name(), signature.signerName(), png, signature.sha256(),
                        Timestamp.from(signature.signedAt()), by, latitude, longitude, accuracy)
                .update();
        return signature;
    }

    /** The signatures given for a task, oldest first. */
    public List<Signature> forTask(String taskId) {
        return jdbc.sql("""
                select id, case_id, task_id, signer_role, signer_name, image, sha256, signed_at, recorded_by, latitude,
                  longitude, accuracy_m from service_signature where task_id = ? order by signed_at""")
                .param(taskId)
                .query((rs, n) -> new Signature(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getString(5), rs.getBytes(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant(), rs.getString(9), (Double) rs.getObject(10),
                        (Double) rs.getObject(11), (Double) rs.getObject(12)))
                .list();
    }

    /** The latest signature of that role for the task, if any. */
    public java.util.Optional<Signature> latest(String taskId, Role role) {
        return forTask(taskId).stream().filter(s -> s.role() == role).reduce((first, last) -> last);
    }

    private static byte[] decode(String dataUri, FieldErrors errors) {
        if (dataUri == null || !dataUri.startsWith(PREFIX)) {
            errors.reject("image", "signature.missing");
            return null;
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(dataUri.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            errors.reject("image", "signature.unreadable");
            return null;
        }
        if (png.length > MAX_BYTES) {
            errors.reject("image", "signature.tooLarge", MAX_BYTES / 1024);
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null || image.getWidth() > 2000 || image.getHeight() > 2000) {
                errors.reject("image", "signature.unreadable");
                return null;
            }
            if (!drawnOn(image)) {
                errors.reject("image", "signature.blank");
                return null;
            }
        } catch (IOException e) {
            errors.reject("image", "signature.unreadable");
            return null;
        }
        return png;
    }

    /** Whether anything was drawn: some pixels neither transparent nor (near) white. */
    private static boolean drawnOn(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                if (alpha > 64 && (r + g + b) < 600 && ++inked >= 20) {
                    return true;
                }
            }
        }
        return false;
    }
}
