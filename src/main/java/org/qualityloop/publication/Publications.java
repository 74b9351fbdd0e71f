package org.qualityloop.publication;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public entry of a case: drafted, approved, published. A redraft replaces the unpublished text. */
@Repository
class Publications {

    private final JdbcClient jdbc;
    private final PublishedEntries entries;

    Publications(JdbcClient jdbc, PublishedEntries entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    void draft(UUID caseId, String summary, String by) {
        int updated = jdbc.sql("""
                update publication_entry set handling_summary = ?, drafted_by = ?, approved_by = null
                where case_id = ? and published_on is null""")
                .params(summary, by, caseId).update();
        if (updated == 0) {
            jdbc.sql("insert into publication_entry (case_id, handling_summary, drafted_by) values (?, ?, ?)")
                    .params(caseId, summary, by).update();
        }
    }

    void approve(UUID caseId, String by) {
        jdbc.sql("update publication_entry set approved_by = ? where case_id = ?").params(by, caseId).update();
    }

    /** Published: the snapshot of what the public reads is taken now and never follows the case afterwards. */
    void publish(UUID caseId, LocalDate on, Snapshot s, java.time.Instant at) {
        jdbc.sql("""
                update publication_entry set published_on = ?, public_id = ?, product_name = ?, product_model = ?,
                  product_batch = ?, product_category = ?, enterprise_name = ?, enterprise_uscc = ?, producer_name = ?,
                  failed_items = ?, institution_name = ?, bureau_code = ?, bureau_name = ?, outcome = ?, decision_no = ?,
                  sampled_on = ?, changed_at = ?, product_trademark = ?
                where case_id = ?""")
                .params(on, UUID.randomUUID(), s.productName(), s.model(), s.batch(), s.category(), s.enterpriseName(),
                        s.enterpriseUscc(), s.producerName(), s.failedItems(), s.institutionName(), s.bureauCode(),
                        s.bureauName(), s.outcome().name(), s.decisionNo(), s.sampledOn(),
                        java.sql.Timestamp.from(entries.stampAfterLast(at)), s.trademark(), caseId)
                .update();
    }

    /** What is copied from the case into the public entry when it is published. */
    record Snapshot(String productName, String model, String batch, String category, String enterpriseName,
                    String enterpriseUscc, String producerName, String failedItems, String institutionName,
                    String bureauCode, String bureauName, PublicOutcome outcome, String decisionNo, LocalDate sampledOn,
                    String trademark) {
    }

    String summary(UUID caseId) {
        return jdbc.sql("select handling_summary from publication_entry where case_id = ?").param(caseId)
                .query(String.class).single();
    }
}
