package org.qualityloop.publication;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public entry of a case: drafted, approved, published. A redraft replaces the unpublished text. */
@Repository
class Publications {

    private final JdbcClient jdbc;

    Publications(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    void publish(UUID caseId, LocalDate on) {
        jdbc.sql("update publication_entry set published_on = ? where case_id = ?").params(on, caseId).update();
    }

    String summary(UUID caseId) {
        return jdbc.sql("select handling_summary from publication_entry where case_id = ?").param(caseId)
                .query(String.class).single();
    }
}
