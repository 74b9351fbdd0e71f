package org.qualityloop.rectification;

import java.time.LocalDate;
import java.util.UUID;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.Material;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rectification's records as the decisions after a failed re-inspection show them: what was ordered and
 * reported, the announcement, the suspension and every re-inspection with its result.
 */
@Component
class RectificationMaterial {

    private final JdbcClient jdbc;

    RectificationMaterial(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Material.Builder of(UUID caseId) {
        Material.Builder material = Material.of();
        jdbc.sql("""
                select ordered_on, requirements, report_submitted_on, report_summary, disposal, announced_on,
                  announcement_no, suspension_ordered_on, suspension_ends_on from rectification where case_id = ?""")
                .param(caseId)
                .query((rs, n) -> material
                        .date("material.rectification.orderedOn", rs.getObject(1, LocalDate.class))
                        .text("material.rectification.requirements", rs.getString(2))
                        .date("material.rectification.reportSubmittedOn", rs.getObject(3, LocalDate.class))
                        .text("material.rectification.reportSummary", rs.getString(4))
                        .text("material.rectification.disposal", rs.getString(5))
                        .date("material.rectification.announcedOn", rs.getObject(6, LocalDate.class))
                        .text("material.rectification.announcementNo", rs.getString(7))
                        .date("material.rectification.suspensionOrderedOn", rs.getObject(8, LocalDate.class))
                        .date("material.rectification.suspensionEndsOn", rs.getObject(9, LocalDate.class)))
                .list();
        jdbc.sql("""
                select inspection_round, inspected_on, passed, report_no, notes from reinspection where case_id = ?
                order by inspected_on""")
                .param(caseId)
                .query((rs, n) -> {
                    String round = "material.reinspection." + ReinspectionRound.valueOf(rs.getString(1)).name();
                    return material
                            .date(round, rs.getObject(2, LocalDate.class))
                            .named(round + ".result", "material.reinspection.", rs.getBoolean(3) ? "passed" : "failed")
                            .text(round + ".reportNo", rs.getString(4))
                            .text(round + ".notes", rs.getString(5));
                })
                .list();
        return material.filesOf(Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, Bpmn.Task.RECORD_FIRST_REINSPECTION,
                Bpmn.Task.RECORD_SECOND_REINSPECTION, Bpmn.Task.RECORD_SUSPENSION_REINSPECTION);
    }
}
