package cn.xxgk.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every ten seconds: plan today's reminders, then send what the outbox holds for this node.
 * A non-persistent schedule on every node (Payara's persistent timers are neither shared nor
 * kept when the whole cluster stops); the rows in MariaDB are the memory, and the claim in
 * {@link Outbox} keeps two nodes from sending the same mail. A pass that is still running when
 * the next one is due makes that one skip.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderPoller {

    private static final Logger LOG = Logger.getLogger(ReminderPoller.class.getName());

    @Inject
    ReminderPlanner planner;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Resource(lookup = "mail/xxgk")
    Session mail;

    @Inject
    @ConfigProperty(name = "xxgk.notification.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "xxgk.mail.from", defaultValue = "xxgk@localhost")
    String from;

    private final String node = "node-" + UUID.randomUUID();
    private final AtomicBoolean running = new AtomicBoolean();

    /*
     * No transaction around the pass (said on the method too: Payara applies the class-level
     * attribute to business methods only). The planning must commit before the claim, which runs
     * in a transaction of its own and would otherwise wait on the planner's row locks.
     */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, timezone = "Asia/Shanghai")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            pass();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reminder pass failed; the next pass tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** One pass: plan, then send over one SMTP connection. Returns the number of mails sent. */
    public int pass() {
        planner.plan(LocalDate.now(clock));
        List<Outbox.PendingMail> claimed = outbox.claim(node);
        if (claimed.isEmpty()) {
            return 0;
        }
        int sent = 0;
        Transport transport = null;
        try {
            transport = mail.getTransport();
            transport.connect();
        } catch (MessagingException down) {
            // the server is unreachable: every claimed mail waits for its retry
            claimed.forEach(p -> outbox.markFailed(p, node, down.getClass().getSimpleName() + ": " + down.getMessage()));
            return 0;
        }
        try {
            for (Outbox.PendingMail pending : claimed) {
                try {
                    MimeMessage message = message(pending);
                    transport.sendMessage(message, message.getAllRecipients());
                    outbox.markSent(pending.id(), node);
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    outbox.markFailed(pending, node, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the mails are marked already
            }
        }
        return sent;
    }

    private MimeMessage message(Outbox.PendingMail pending) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setFrom(new InternetAddress(from));
        message.setSentDate(new java.util.Date());
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(pending.recipient()));
        message.setSubject(pending.subject(), StandardCharsets.UTF_8.name());
        message.setText(pending.body(), StandardCharsets.UTF_8.name());
        // the outbox id lets a recipient (and a test) see that no mail came twice
        message.setHeader("X-Xxgk-Outbox-Id", Long.toString(pending.id()));
        message.saveChanges(); // sendMessage, unlike Transport.send, does not do it
        return message;
    }
}
