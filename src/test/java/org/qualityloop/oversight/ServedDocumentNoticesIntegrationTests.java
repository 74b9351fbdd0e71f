package org.qualityloop.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.casefile.Track;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The party is told of every document served on it, with the deadline it starts (issue 14, frictions). */
@QualityLoopIntegrationTest
class ServedDocumentNoticesIntegrationTests {

    @Autowired CaseDriver driver;
    @Autowired Documents documents;
    @Autowired Notifications notifications;
    @Autowired NotificationText text;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyDocumentServedOnTheEnterpriseReachesItsUsersWithItsDeadline() {
        CaseDriver.today("2026-12-31");
        CaseFile c = driver.rectifying(Track.GENERAL);
        List<IssuedDocument> served = documents.list(c.id()).stream().filter(d -> d.kind().servedOnParty()).toList();
        assertThat(served).hasSizeGreaterThanOrEqualTo(2);

        List<Notification> told = jdbc.sql(Notifications.SELECT + " where n.recipient = ? and n.case_id = ? and n.kind = ?")
                .params("enterprise1", c.id(), NotificationKind.DOCUMENT_SERVED.name()).query(Notifications::map).list()
                .stream().map(n -> notifications.find(n.id())).toList();
        assertThat(told).hasSameSizeAs(served);
        for (IssuedDocument d : served) {
            assertThat(told).anyMatch(n -> n.subject().contains(d.number()));
        }
        Notification order = told.stream().filter(n -> n.subject().startsWith("责令整改通知书")).findFirst().orElseThrow();
        assertThat(order.dueOn()).hasToString("2026-11-27");
        assertThat(text.of(order, Locale.SIMPLIFIED_CHINESE)).contains(c.caseNo(), "责令整改通知书", "期限至 2026-11-27");
        assertThat(text.of(order, Locale.ENGLISH)).contains("has been served on you", "2026-11-27");
        assertThat(jdbc.sql("""
                        select count(*) from notification where case_id = ? and kind = ?
                          and recipient not in (select username from app_user where enterprise_uscc = ?)""")
                .params(c.id(), NotificationKind.DOCUMENT_SERVED.name(), c.enterpriseUscc()).query(Integer.class).single())
                .as("nobody but the party's users").isZero();
    }
}
