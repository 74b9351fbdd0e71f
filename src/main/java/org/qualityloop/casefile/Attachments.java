package org.qualityloop.casefile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence files filed with a case, each with its SHA-256; like everything on a case, never deleted. */
@Repository
public class Attachments {

    /** An attachment as listed on the case file (without its content). */
    public record Attachment(UUID id, UUID caseId, String taskKey, String fileName, String contentType, long size,
                             String sha256, String uploadedBy, Instant uploadedAt, Instant takenAt) {
    }

    private final JdbcClient jdbc;
    private final BusinessClock clock;
    private final CaseEvents events;

    Attachments(JdbcClient jdbc, BusinessClock clock, CaseEvents events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public Attachment file(UUID caseId, String taskKey, String taskId, EvidenceFile file, String actor) {
        UUID id = UUID.randomUUID();
        String sha256 = sha256(file.content());
        Instant now = clock.now();
        jdbc.sql("""
                insert into attachment (id, case_id, task_key, task_id, file_name, content_type, size_bytes, sha256,
                  content, uploaded_by, uploaded_at, taken_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, taskKey, taskId, file.fileName(), file.servedType(), file.content().length, sha256,
                        file.content(), actor, Timestamp.from(now),
                        file.takenAt() == null ? null : Timestamp.from(file.takenAt()))
                .update();
        events.append(caseId, actor, taskKey, taskId, CaseEventType.ATTACHMENT_FILED, file.fileName(), null,
                java.util.Map.of("file", file.fileName(), "sha256", sha256, "bytes", file.content().length));
        return new Attachment(id, caseId, taskKey, file.fileName(), file.servedType(), file.content().length, sha256,
                actor, now, file.takenAt());
    }

    public List<Attachment> list(UUID caseId) {
        return jdbc.sql("""
                select id, case_id, task_key, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, taken_at
                from attachment where case_id = ? order by uploaded_at, file_name""")
                .param(caseId).query(Attachments::row).list();
    }

    public Optional<Attachment> find(UUID caseId, UUID id) {
        return jdbc.sql("""
                select id, case_id, task_key, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, taken_at
                from attachment where case_id = ? and id = ?""")
                .params(caseId, id).query(Attachments::row).optional();
    }

    public byte[] content(UUID id) {
        return jdbc.sql("select content from attachment where id = ?").param(id).query(byte[].class).single();
    }

    private static Attachment row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Attachment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8),
                rs.getTimestamp(9).toInstant(), rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant());
    }

    /** The fingerprint a file is kept with (hex SHA-256): attachments, signatures, dossiers. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
