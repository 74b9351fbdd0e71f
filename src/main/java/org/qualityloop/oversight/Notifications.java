package org.qualityloop.oversight;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.identity.GroupMembers;
import org.qualityloop.paging.Paged;
import org.qualityloop.transactions.BeforeCommitWrites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Repository;

/**
 * In-app notifications, and the outbox of the mail that goes with them: a notification that wants mail
 * is written PENDING in the same transaction, and {@link MailOutbox} sends it after commit, so a rolled
 * back alert never sends mail and a failed mail never loses the alert.
 */
@Repository
public class Notifications {

    public static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;
    private final BusinessClock clock;
    private final ObjectProvider<JavaMailSender> mail;
    private final GroupMembers members;
    private final CaseFiles cases;

    private final BeforeCommitWrites beforeCommit;

    Notifications(JdbcClient jdbc, BusinessClock clock, ObjectProvider<JavaMailSender> mail, GroupMembers members,
                  CaseFiles cases, BeforeCommitWrites beforeCommit) {
        this.beforeCommit = beforeCommit;
        this.cases = cases;
        this.jdbc = jdbc;
        this.members = members;
        this.clock = clock;
        this.mail = mail;
    }

    /** Recipients that are not users (a name left on a task) are passed over. */
    void notify(Collection<String> recipients, NotificationKind kind, UUID caseId, String taskId, String taskKey,
                LocalDate dueOn) {
        write(recipients.stream().filter(members::exists).toList(), kind, caseId, taskId, taskKey, dueOn, null);
    }

    /**
     * A document served on the party's users, just read from the accounts (so not asked after one by one again):
     * {@code subject} is its title and number; {@code dueOn} the deadline it starts, if any.
     */
    void notifyOfDocument(Collection<String> users, UUID caseId, String subject, LocalDate dueOn) {
        write(users, NotificationKind.DOCUMENT_SERVED, caseId, null, null, dueOn, subject);
    }

    private void write(Collection<String> recipients, NotificationKind kind, UUID caseId, String taskId,
                       String taskKey, LocalDate dueOn, String subject) {
        boolean mailConfigured = mail.getIfAvailable() != null;
        Timestamp now = Timestamp.from(clock.now());
        List<Object[]> rows = recipients.stream().map(recipient -> new Object[] {recipient, kind.name(), caseId,
                taskId, taskKey, dueOn, now, mailConfigured && members.emailOf(recipient).isPresent() ? "PENDING" : null,
                subject}).toList();
        beforeCommit.insert(INSERT_INTO, rows);
    }

    private static final String INSERT_INTO = """
            insert into notification (recipient, kind, case_id, task_id, task_key, due_on, created_at, mail_status,
              subject)""";

    /**
     * Writes what the running transaction notified and has not written: called before every read or change here. A
     * transaction's notifications go with the rest it writes just before it commits (docs/performance.md, "Writes sent
     * together").
     */
    void written() {
        beforeCommit.writeNow(INSERT_INTO);
    }

    public long unreadCount(String username) {
        written();
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
                .param(username).query(Long.class).single();
    }

    public Paged<Notification> page(String username, int requested) {
        written();
        Paged.Window window = Paged.window(count(username), requested, PAGE_SIZE);
        return window.of(withCaseNos(jdbc.sql(SELECT
                        + " where n.recipient = ? order by n.id desc offset ? rows fetch next ? rows only")
                .params(username, window.offset(), window.size()).query(Notifications::map).list()));
    }

    Notification find(long id) {
        written();
        return withCaseNos(List.of(jdbc.sql(SELECT + " where n.id = ?").param(id).query(Notifications::map).single()))
                .get(0);
    }

    /** The case numbers come from the case files, which are not ours to join. */
    private List<Notification> withCaseNos(List<Notification> found) {
        java.util.Map<UUID, String> caseNos = cases.caseNos(found.stream().map(Notification::caseId).toList());
        return found.stream().map(n -> new Notification(n.id(), n.recipient(), n.kind(), n.caseId(),
                caseNos.get(n.caseId()), n.taskId(), n.taskKey(), n.dueOn(), n.createdAt(), n.readAt(), n.subject()))
                .toList();
    }

    public long count(String username) {
        written();
        return jdbc.sql("select count(*) from notification where recipient = ?").param(username)
                .query(Long.class).single();
    }

    /** Marks one of the user's own notifications read; someone else's is left alone. */
    public void markRead(String username, long id) {
        written();
        jdbc.sql("update notification set read_at = ? where id = ? and recipient = ? and read_at is null")
                .params(Timestamp.from(clock.now()), id, username).update();
    }

    /** The case a notification of the user's is about; empty for someone else's. */
    public java.util.Optional<UUID> caseOf(String username, long id) {
        written();
        return jdbc.sql("select case_id from notification where id = ? and recipient = ?").params(id, username)
                .query(UUID.class).optional();
    }

    public void markAllRead(String username) {
        written();
        jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null")
                .params(Timestamp.from(clock.now()), username).update();
    }

    static final String SELECT = """
            select n.id, n.recipient, n.kind, n.case_id, null, n.task_id, n.task_key, n.due_on, n.created_at,
              n.read_at, n.subject from notification n""";

    static Notification map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp read = rs.getTimestamp(10);
        return new Notification(rs.getLong(1), rs.getString(2), NotificationKind.valueOf(rs.getString(3)),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getObject(8, LocalDate.class), rs.getTimestamp(9).toInstant(), read == null ? null : read.toInstant(),
                rs.getString(11));
    }
}
