package org.qualityloop.grading;

import java.util.List;
import org.qualityloop.calendar.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A grade also changes with no event at all, when old results leave the period it looks at. Each night the grades on
 * record above A that were given before today are worked out again; a row is added only where one changed.
 */
@Component
class RiskGradeAging {

    private static final Logger log = LoggerFactory.getLogger(RiskGradeAging.class);

    private final JdbcClient jdbc;
    private final RiskGrades grades;
    private final BusinessClock clock;

    RiskGradeAging(JdbcClient jdbc, RiskGrades grades, BusinessClock clock) {
        this.jdbc = jdbc;
        this.grades = grades;
        this.clock = clock;
    }

    @Scheduled(cron = "${qualityloop.grading.regrade-cron:0 30 2 * * *}", zone = "${qualityloop.calendar.zone:Asia/Shanghai}")
    void nightly() {
        int changed = regradeAged();
        if (changed > 0) {
            log.info("{} enterprise grades changed as results left the period", changed);
        }
    }

    /** Regrades every enterprise whose grade on record is above A and older than today; how many changed. */
    int regradeAged() {
        List<String> aged = jdbc.sql("""
                select g.uscc from enterprise_risk_grade g
                where g.id = (select max(l.id) from enterprise_risk_grade l where l.uscc = g.uscc)
                  and g.grade <> 'A' and g.period_to < ?""")
                .param(clock.today()).query(String.class).list();
        int changed = 0;
        for (String uscc : aged) {
            if (grades.recompute(uscc, "AGED")) {
                changed++;
            }
        }
        return changed;
    }
}
