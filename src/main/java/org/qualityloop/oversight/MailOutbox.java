package org.qualityloop.oversight;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.identity.GroupMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
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

    /** Sends what is pending, after taking back claims whose lease ran out; returns how many went out. */
    public int sendPending() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        reclaimAbandoned();
        notifications.written();
        List<Long> pending = jdbc.sql("select id from notification where mail_status = 'PENDING' order by id")
                .query(Long.class).list();
        int sent = 0;
        for (long id : pending) {
            if (jdbc.sql("""
                    update notification set mail_status = 'SENDING', mail_claimed_at = ?
                    where id = ? and mail_status = 'PENDING'""")
                    .params(Timestamp.from(clock.now()), id).update() == 0) {
                continue;
            }
            sent += send(sender, id) ? 1 : 0;
        }
        return sent;
    }

    /**
     * A claim older than the lease belongs to a node that died between claiming and recording the result:
     * the mail goes back to PENDING, once, for whichever node comes next. It may have left that node's SMTP
     * session just before it died; it then goes again with the same Message-ID, which the receiving side
     * recognises as the same message, so a reader still gets it once.
     */
    int reclaimAbandoned() {
        return jdbc.sql("""
                update notification set mail_status = 'PENDING', mail_claimed_at = null
                where mail_status = 'SENDING' and mail_claimed_at < ?""")
                .param(Timestamp.from(clock.now().minus(properties.mailClaimLease()))).update();
    }

    private boolean send(JavaMailSender sender, long id) {
        Notification n = notifications.find(id);
        String address = members.emailOf(n.recipient()).orElseThrow();
        String status;
        try {
            MimeMessage message = new SameMessageId("<notification-" + id + "@"
                    + properties.mailFrom().substring(properties.mailFrom().indexOf('@') + 1) + ">");
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom());
            helper.setTo(address);
            helper.setSubject(messages.getMessage("mail.subject", new Object[] {n.caseNo()}, MAIL_LOCALE));
            helper.setText(text.of(n, MAIL_LOCALE) + "\n\n" + messages.getMessage("mail.footer", null, MAIL_LOCALE));
            sender.send(message);
            status = "SENT";
        } catch (MailException | MessagingException e) {
            log.warn("Notification {} could not be mailed to {}: {}", id, address, e.getMessage());
            status = "FAILED";
        }
        jdbc.sql("update notification set mail_status = ?, mailed_at = ? where id = ?")
                .params(status, Timestamp.from(clock.now()), id).update();
        return "SENT".equals(status);
    }

    /** A mail whose Message-ID is the notification's, however often it is sent. */
    private static final class SameMessageId extends MimeMessage {

        private final String messageId;

        SameMessageId(String messageId) {
            super(Session.getInstance(new Properties()));
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
