package org.qualityloop.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The deadline watch with the clock moved day by day: reminders counted in working days (holidays
 * skipped, make-up Saturdays counted), escalation once per due date, mail through a real SMTP server.
 */
@QualityLoopIntegrationTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
public class DeadlineWatchIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired CaseDriver driver;
    @Autowired DeadlineWatch watch;
    @Autowired MailOutbox outbox;
    @Autowired TaskService tasks;
    @Autowired BusinessClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired Notifications notifications;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void remindsTheHolderTwoWorkingDaysBeforeCountingTheMakeUpSaturdayAndSkippingTheHoliday() {
        CaseDriver.today("2026-09-29");
        CaseFile c = driver.register();
        Task notice = driver.task(c, Bpmn.Task.ISSUE_RESULT_NOTICE);
        // 5 working days from 09-29: 09-30, (National Day 10-01..07), 10-08, 10-09, 10-10 (make-up Saturday), 10-12
        assertThat(CaseDriver.day(notice.getDueDate())).hasToString("2026-10-12");

        sweepOn("2026-10-08");
        assertThat(alerts(notice, "REMINDER")).isZero();
        // two working days before 10-12 are 10-10 and 10-09
        sweepOn("2026-10-09");
        sweepOn("2026-10-10");
        assertThat(alerts(notice, "REMINDER")).isEqualTo(1);
        assertThat(notifications(c, "handler1", "REMINDER")).isEqualTo(1);
        assertThat(notifications(c, "handler2", "REMINDER")).isZero();
        assertThat(events(c, "DEADLINE_REMINDER")).isEqualTo(1);
    }

    @Test
    void escalatesOncePerDueDateAndAgainWhenTheDueDateMoves() throws Exception {
        CaseDriver.today("2026-09-29");
        CaseFile c = driver.register();
        Task notice = driver.task(c, Bpmn.Task.ISSUE_RESULT_NOTICE);

        sweepOn("2026-10-12");
        assertThat(alerts(notice, "ESCALATION")).isZero();
        sweepOn("2026-10-13");
        sweepOn("2026-10-13");
        sweepOn("2026-10-20");
        assertThat(alerts(notice, "ESCALATION")).isEqualTo(1);
        assertThat(events(c, "DEADLINE_OVERDUE")).isEqualTo(1);
        assertThat(notifications(c, "supervisor1", "OVERDUE")).isEqualTo(1);
        assertThat(mailsAbout(c, "supervisor1@demo.qualityloop.local")).hasSize(1);
        MimeMessage mail = mailsAbout(c, "supervisor1@demo.qualityloop.local").get(0);
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(jdbc.sql("select mail_status from notification where case_id = ? and recipient = 'supervisor1'")
                .param(c.id()).query(String.class).list()).containsOnly("SENT");

        notice.setDueDate(clock.endOf(java.time.LocalDate.parse("2026-10-30")));
        tasks.saveTask(notice);
        sweepOn("2026-10-31");
        sweepOn("2026-11-02");
        assertThat(alerts(notice, "ESCALATION")).isEqualTo(2);
        assertThat(events(c, "DEADLINE_OVERDUE")).isEqualTo(2);
        assertThat(mailsAbout(c, "supervisor1@demo.qualityloop.local")).hasSize(2);
    }

    @Test
    void anAlertAnotherNodeRaisesMeanwhileFailsItsBatchAndTheRestOfTheBatchIsStillRaised() throws Exception {
        CaseDriver.today("2026-09-29");
        CaseFile first = driver.register();
        CaseFile second = driver.register();
        Task firstNotice = driver.task(first, Bpmn.Task.ISSUE_RESULT_NOTICE);
        Task secondNotice = driver.task(second, Bpmn.Task.ISSUE_RESULT_NOTICE);
        // another node escalates the first notice and commits while this sweep is under way
        java.util.concurrent.CountDownLatch inserted = new java.util.concurrent.CountDownLatch(1);
        Thread otherNode = new Thread(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into deadline_alert (kind, task_id, due_on, case_id, raised_at) values (?, ?, ?, ?, ?)")
                    .params("ESCALATION", firstNotice.getId(), java.time.LocalDate.parse("2026-10-12"), first.id(),
                            java.sql.Timestamp.from(clock.now()))
                    .update();
            inserted.countDown();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        otherNode.start();
        inserted.await();
        sweepOn("2026-10-13");
        otherNode.join();

        assertThat(alerts(firstNotice, "ESCALATION")).isEqualTo(1);
        assertThat(events(first, "DEADLINE_OVERDUE")).as("raised by the other node, not again here").isZero();
        assertThat(alerts(secondNotice, "ESCALATION")).isEqualTo(1);
        assertThat(events(second, "DEADLINE_OVERDUE")).isEqualTo(1);
        assertThat(notifications(second, "supervisor1", "OVERDUE")).isEqualTo(1);
    }

    @Test
    void remindsTheEnterpriseBeforeItsObjectionWindowCloses() throws Exception {
        CaseDriver.today("2026-12-31");
        CaseFile c = driver.served(driver.register(), "2026-11-02");
        Task respond = driver.task(c, Bpmn.Task.RESPOND_TO_RESULT);
        // served 11-02 + 15 days = 11-17; three working days before: 11-12
        assertThat(CaseDriver.day(respond.getDueDate())).hasToString("2026-11-17");

        sweepOn("2026-11-11");
        assertThat(notifications(c, "enterprise1", "ENTERPRISE_REMINDER")).isZero();
        sweepOn("2026-11-12");
        sweepOn("2026-11-13");
        assertThat(notifications(c, "enterprise1", "ENTERPRISE_REMINDER")).isEqualTo(1);
        assertThat(notifications(c, "enterprise2", "ENTERPRISE_REMINDER")).isZero();
        // the result notice as it was served, then the one reminder
        List<MimeMessage> mails = mailsAbout(c, "enterprise1@demo.qualityloop.local");
        assertThat(mails).hasSize(2);
        assertThat(String.valueOf(mails.get(0).getContent())).contains("检验结论告知书");
    }

    @Test
    void aMailLeftSendingByANodeThatDiedGoesOnceAfterItsLeaseUnderItsOwnMessageId() throws Exception {
        CaseDriver.today("2026-09-29");
        CaseFile c = driver.register();
        notifications.notify(List.of("supervisor1", "handler1"), NotificationKind.OVERDUE, c.id(), null, null, null);
        long abandoned = notificationId(c, "supervisor1");
        long inFlight = notificationId(c, "handler1");
        // one claimed eleven minutes ago by a node that died, one claimed just now by a node still sending it
        claim(abandoned, clock.now().minus(java.time.Duration.ofMinutes(11)));
        claim(inFlight, clock.now());

        outbox.sendPending();
        outbox.sendPending();

        List<MimeMessage> mails = mailsAbout(c, "supervisor1@demo.qualityloop.local");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getMessageID()).startsWith("<notification-" + abandoned + "@");
        assertThat(mailStatus(abandoned)).isEqualTo("SENT");
        assertThat(mailsAbout(c, "handler1@demo.qualityloop.local")).as("a live claim is left alone").isEmpty();
        assertThat(mailStatus(inFlight)).isEqualTo("SENDING");
    }

    private long notificationId(CaseFile c, String recipient) {
        return jdbc.sql("select id from notification where case_id = ? and recipient = ?").params(c.id(), recipient)
                .query(Long.class).single();
    }

    private void claim(long id, java.time.Instant at) {
        jdbc.sql("update notification set mail_status = 'SENDING', mail_claimed_at = ? where id = ?")
                .params(java.sql.Timestamp.from(at), id).update();
    }

    private String mailStatus(long id) {
        return jdbc.sql("select mail_status from notification where id = ?").param(id).query(String.class).single();
    }

    private void sweepOn(String day) {
        CaseDriver.today(day);
        watch.sweep();
        outbox.sendPending();
    }

    private int alerts(Task task, String kind) {
        return jdbc.sql("select count(*) from deadline_alert where task_id = ? and kind = ?")
                .params(task.getId(), kind).query(Integer.class).single();
    }

    private int notifications(CaseFile c, String recipient, String kind) {
        return jdbc.sql("select count(*) from notification where case_id = ? and recipient = ? and kind = ?")
                .params(c.id(), recipient, kind).query(Integer.class).single();
    }

    private int events(CaseFile c, String type) {
        return jdbc.sql("select count(*) from case_event where case_id = ? and event_type = ?")
                .params(c.id(), type).query(Integer.class).single();
    }

    private List<MimeMessage> mailsAbout(CaseFile c, String to) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            boolean addressed = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(to));
            if (addressed && m.getSubject().contains(c.caseNo())) {
                found.add(m);
            }
        }
        return found;
    }
}
