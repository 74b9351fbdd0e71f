package org.qualityloop.delivery;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How and when the result notice reached the enterprise. */
@Repository
class ServiceRecords {

    private final JdbcClient jdbc;

    ServiceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID caseId, ServiceMethod method, LocalDate servedOn, LocalDate announcedOn,
                boolean addressConfirmed, String evidence, String recordedBy) {
        jdbc.sql("""
                insert into service_record (case_id, method, served_on, announced_on, address_confirmed, evidence,
                  recorded_by) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, method.name(), servedOn, announcedOn, addressConfirmed, evidence, recordedBy)
                .update();
    }

    void deemServed(UUID caseId, LocalDate deemedOn) {
        jdbc.sql("update service_record set deemed_served_on = ?, served_on = ? where case_id = ?")
                .params(deemedOn, deemedOn, caseId).update();
    }
}
