package org.qualityloop.oversight;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
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

    Notifications(JdbcClient jdbc, BusinessClock clock, ObjectProvider<JavaMailSender> mail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mail = mail;
    }

    void notify(Collection<String> recipients, NotificationKind kind, UUID caseId, String taskId, String taskKey,
                LocalDate dueOn) {
        boolean mailConfigured = mail.getIfAvailable() != null;
        for (String recipient : recipients) {
            jdbc.sql("""
                    insert into notification (recipient, kind, case_id, task_id, task_key, due_on, created_at, mail_status)
                    select username, ?, ?, ?, ?, ?, ?, case when cast(? as boolean) and email is not null then 'PENDING' end
                    from app_user where username = ?""")
                    .params(kind.name(), caseId, taskId, taskKey, dueOn, Timestamp.from(clock.now()), mailConfigured,
                            recipient)
                    .update();
        }
    }

    public long unreadCount(String username) {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
                .param(username).query(Long.class).single();
    }

    public List<Notification> page(String username, int page) {
        return jdbc.sql(SELECT + " where n.recipient = ? order by n.id desc offset ? rows fetch next ? rows only")
                .params(username, Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE).query(Notifications::map).list();
    }

    public long count(String username) {
        return jdbc.sql("select count(*) from notification where recipient = ?").param(username)
                .query(Long.class).single();
    }

    /** Marks one of the user's own notifications read; someone else's is left alone. */
    public void markRead(String username, long id) {
        jdbc.sql("update notification set read_at = ? where id = ? and recipient = ? and read_at is null")
                .params(Timestamp.from(clock.now()), id, username).update();
    }

    /** The case a notification of the user's is about; empty for someone else's. */
    public java.util.Optional<UUID> caseOf(String username, long id) {
        return jdbc.sql("select case_id from notification where id = ? and recipient = ?").params(id, username)
                .query(UUID.class).optional();
    }

    public void markAllRead(String username) {
        jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null")
                .params(Timestamp.from(clock.now()), username).update();
    }

    static final String SELECT = """
            select n.id, n.recipient, n.kind, n.case_id, c.case_no, n.task_id, n.task_key, n.due_on, n.created_at,
              n.read_at from notification n join case_file c on c.id = n.case_id""";

    static Notification map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp read = rs.getTimestamp(10);
        return new Notification(rs.getLong(1), rs.getString(2), NotificationKind.valueOf(rs.getString(3)),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getObject(8, LocalDate.class), rs.getTimestamp(9).toInstant(), read == null ? null : read.toInstant());
    }
}
