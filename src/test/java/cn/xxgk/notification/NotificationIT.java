package cn.xxgk.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders end to end: deadlines in MariaDB, the poller of a real Payara, mail through a real
 * SMTP server (GreenMail). Each test arranges its deadline in the database and waits for what a
 * person would receive.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

    private static final ServerSetup SMTP = new ServerSetup(TestSettings.ARQUILLIAN_SMTP_PORT, "127.0.0.1", "smtp");
    /** The poller runs every 10 s; a mail is expected within a few passes. */
    private static final long WAIT_MS = 60_000;
    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    AuditRows db;
    LocalDate today;

    @BeforeEach
    void setUp() {
        db = new AuditRows(ArquillianSetup.database());
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        if (smtp == null) {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    @Test
    void aReminderTwoWorkingDaysAheadIsMailedExactlyOnce() throws Exception {
        String subject = "once-" + System.nanoTime();
        long id = deadline(subject, dueIn(2), "depthead");

        waitFor(() -> mailsAbout(subject).size() == 1);
        Thread.sleep(25_000); // two or three more passes of the poller

        List<Message> mails = mailsAbout(subject);
        assertEquals(1, mails.size(), "one mail, however many passes ran");
        assertEquals("depthead@xxgk.example", mails.getFirst().getAllRecipients()[0].toString());
        assertTrue(mails.getFirst().getSubject().contains("还有 2 个工作日"), mails.getFirst().getSubject());
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM reminder WHERE deadline_id = " + id));
    }

    @Test
    void whenSmtpIsDownTheMailWaitsAndIsSentOnceItIsBack() throws Exception {
        String subject = "smtp-down-" + System.nanoTime();
        smtp.stop();
        try {
            long id = deadline(subject, today, "deptstaff");
            waitFor(() -> db.scalar("SELECT COALESCE(MAX(o.attempts), 0) FROM mail_outbox o JOIN reminder r ON r.id = o.reminder_id"
                    + " WHERE r.deadline_id = " + id + " AND o.sent_at IS NULL") >= 1);
        } finally {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }

        waitFor(() -> mailsAbout(subject).size() == 1);
        Thread.sleep(20_000);

        assertEquals(1, mailsAbout(subject).size(), "sent once after the retry, not lost, not twice");
        assertTrue(mailsAbout(subject).getFirst().getSubject().contains("今天到期"));
    }

    @Test
    void anOverdueDeadlineIsEscalatedToTheOfficeHeadAndTheLeaderInCharge() throws Exception {
        String subject = "overdue-" + System.nanoTime();
        deadline(subject, today.minusDays(10), "deptstaff");

        waitFor(() -> mailsAbout(subject).size() == 3);

        List<String> recipients = mailsAbout(subject).stream().map(NotificationIT::recipient).sorted().toList();
        assertEquals(List.of("deptstaff@xxgk.example", "leader@xxgk.example", "officehead@xxgk.example"), recipients);
        assertTrue(mailsAbout(subject).getFirst().getSubject().contains("督办"));
    }

    @Test
    void aMutedUserGetsNoReminderMailButSeesTheReminderInTheApplication() throws Exception {
        db.execute("INSERT INTO notification_preference (username, mute_mail, updated_at) VALUES ('secrecy', TRUE, NOW(6))"
                + " ON DUPLICATE KEY UPDATE mute_mail = TRUE");
        String subject = "muted-" + System.nanoTime();
        long id = deadline(subject, dueIn(2), "secrecy");

        waitFor(() -> db.scalar("SELECT COUNT(*) FROM reminder WHERE deadline_id = " + id) == 1);
        Thread.sleep(12_000);

        assertEquals(0, mailsAbout(subject).size(), "muted: no mail for a reminder ahead of the due date");
        AppClient secrecy = new AppClient(base.toString());
        secrecy.login("secrecy", DemoDirectory.DEMO_PASSWORD);
        String page = secrecy.browse("reminders.xhtml").body();
        assertTrue(page.contains("期限 " + id + " 即将到期"), "the reminder is shown in the application");
        String home = secrecy.browse("").body();
        assertTrue(home.contains("期限 " + id + " 即将到期"), "and among my tasks on the home page");
    }

    /** A REPLY deadline of a test subject, due on the given day, for the given person. */
    private long deadline(String subject, LocalDate due, String responsible) throws Exception {
        db.execute("INSERT INTO deadline (subject_type, subject_id, kind, start_date, working_days, due_date, responsible, created_at)"
                + " VALUES ('Test', '" + subject + "', 'REPLY', '" + due.minusDays(28) + "', 20, '" + due + "', '"
                + responsible + "', NOW(6))");
        return db.scalar("SELECT id FROM deadline WHERE subject_id = '" + subject + "'");
    }

    /** The day n working days from today, by the application's own public calculator. */
    private LocalDate dueIn(int n) throws Exception {
        String body = new AppClient(base.toString()).get("api/v1/calendar/add?from=" + today + "&workingDays=" + n).body();
        Matcher due = Pattern.compile("\"due\":\"([0-9-]+)\"").matcher(body);
        assertTrue(due.find(), body);
        return LocalDate.parse(due.group(1));
    }

    private static List<Message> mailsAbout(String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).<Message>map(m -> m).filter(m -> {
            try {
                return m.getSubject().contains(subject);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static String recipient(Message message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (condition.call()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("condition not met within " + WAIT_MS + " ms");
    }
}
