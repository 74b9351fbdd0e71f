package org.qualityloop.grading;

import java.util.HashSet;
import java.util.Set;
import org.qualityloop.casefile.CaseFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases registered before grades existed (an upgrade) give their enterprises a grade once, after start-up and off
 * the start-up thread; from then on case events keep grades current.
 */
@Component
class RiskGradeBackfill {

    private static final Logger log = LoggerFactory.getLogger(RiskGradeBackfill.class);

    private final CaseFiles cases;
    private final RiskGrades grades;
    private final JdbcClient jdbc;

    RiskGradeBackfill(CaseFiles cases, RiskGrades grades, JdbcClient jdbc) {
        this.cases = cases;
        this.grades = grades;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        Thread worker = new Thread(this::gradeUngraded, "risk-grade-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    void gradeUngraded() {
        Set<String> graded = new HashSet<>(jdbc.sql("select distinct uscc from enterprise_risk_grade")
                .query(String.class).list());
        int done = 0;
        for (String uscc : cases.sampledEnterprises()) {
            if (!graded.contains(uscc)) {
                try {
                    grades.recompute(uscc, "BACKFILL");
                    done++;
                } catch (RuntimeException e) {
                    log.warn("Could not grade enterprise {}: {}", uscc, e.toString());
                }
            }
        }
        if (done > 0) {
            log.info("Graded {} enterprises whose cases predate risk grades", done);
        }
    }
}
