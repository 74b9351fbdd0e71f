package org.qualityloop.penalty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The penalty case opened on a serious or criminal track; each step fills in its columns. */
@Repository
class PenaltyCases {

    private final JdbcClient jdbc;

    PenaltyCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void open(UUID caseId, LocalDate leadReceivedOn) {
        boolean exists = jdbc.sql("select count(*) from penalty_case where case_id = ?").param(caseId)
                .query(Integer.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into penalty_case (case_id, lead_received_on) values (?, ?)")
                    .params(caseId, leadReceivedOn).update();
        }
    }

    /** Sets the given columns; the names come from this package's code, never from input. */
    void record(UUID caseId, Map<String, Object> columns) {
        Map<String, Object> ordered = new LinkedHashMap<>(columns);
        String assignments = ordered.keySet().stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>(ordered.values());
        params.add(caseId);
        jdbc.sql("update penalty_case set " + assignments + " where case_id = ?").params(params).update();
    }

    String filingDecision(UUID caseId) {
        return jdbc.sql("select filing_decision from penalty_case where case_id = ?").param(caseId)
                .query(String.class).single();
    }
}
