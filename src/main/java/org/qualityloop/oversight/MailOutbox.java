package org.qualityloop.oversight;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.identity.GroupMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the mail of notifications written PENDING, after their transaction committed. A node claims each
 * mail by moving it to SENDING before it sends, so two nodes never send the same one; a failure is kept
 * as FAILED for an administrator to see, and the in-app notification stands either way.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    /** Mail goes out in Chinese: the recipients' working language, whatever a browser last chose. */
    private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final NotificationText text;
    private final OversightProperties properties;
    private final BusinessClock clock;
    private final GroupMembers members;
    private final Notifications notifications;

    MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, MessageSource messages, NotificationText text,
               OversightProperties properties, BusinessClock clock, GroupMembers members,
               Notifications notifications) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.members = members;
        this.mail = mail;
        this.messages = messages;
        this.text = text;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends what is pending; returns how many went out. */
    public int sendPending() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Long> pending = jdbc.sql("select id from notification where mail_status = 'PENDING' order by id")
                .query(Long.class).list();
        int sent = 0;
        for (long id : pending) {
            if (jdbc.sql("update notification set mail_status = 'SENDING' where id = ? and mail_status = 'PENDING'")
                    .param(id).update() == 0) {
                continue;
            }
            sent += send(sender, id) ? 1 : 0;
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, long id) {
        Notification n = notifications.find(id);
        String address = members.emailOf(n.recipient()).orElseThrow();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(address);
        message.setSubject(messages.getMessage("mail.subject", new Object[] {n.caseNo()}, MAIL_LOCALE));
        message.setText(text.of(n, MAIL_LOCALE) + "\n\n" + messages.getMessage("mail.footer", null, MAIL_LOCALE));
        String status;
        try {
            sender.send(message);
            status = "SENT";
        } catch (MailException e) {
            log.warn("Notification {} could not be mailed to {}: {}", id, address, e.getMessage());
            status = "FAILED";
        }
        jdbc.sql("update notification set mail_status = ?, mailed_at = ? where id = ?")
                .params(status, Timestamp.from(clock.now()), id).update();
        return "SENT".equals(status);
    }
}
