package cn.xxgk.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.xxgk.devserver.DatabaseProvisioner.Coordinates;
import cn.xxgk.devserver.PayaraProcess;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestDatabaseServer;
import cn.xxgk.testsupport.TestSettings;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one database, their pollers racing for the same outbox rows, and rows left
 * claimed by a node that died in the middle of a pass: every mail arrives exactly once.
 */
class TwoNodesIT {

    static final int MAILS = 300;
    static final int ORPHANS = 20;

    static GreenMail smtp;
    static PayaraProcess nodeA;
    static PayaraProcess nodeB;
    static AuditRows db;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        int smtpPort = PayaraProcess.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        Coordinates database = TestDatabaseServer.get().newDatabase();
        db = new AuditRows(database);
        Map<String, String> settings = TestSettings.applicationSettings(database, smtpPort);
        // a short claim, so that the rows of the "dead node" below become claimable during the test
        settings.put("xxgk.notification.claim-seconds", "5");
        nodeA = PayaraProcess.start(TestSettings.war(), TestSettings.serverLib(), TestSettings.serverConfig(),
                PayaraProcess.freePort(), settings, new File("target/payara-node-a.log")).awaitReady(Duration.ofMinutes(4));
        nodeB = PayaraProcess.start(TestSettings.war(), TestSettings.serverLib(), TestSettings.serverConfig(),
                PayaraProcess.freePort(), settings, new File("target/payara-node-b.log")).awaitReady(Duration.ofMinutes(4));
    }

    @AfterAll
    static void stop() throws Exception {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void everyMailArrivesExactlyOnceThoughTwoNodesRaceAndOneDiedMidPass() throws Exception {
        try (Connection c = db.connect();
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at, claimed_by, claimed_until)
                     VALUES (?, ?, '测试正文', NOW(6), NOW(6), ?, ?)""")) {
            for (int i = 0; i < MAILS + ORPHANS; i++) {
                boolean orphan = i >= MAILS;
                insert.setString(1, "race" + (i % 7) + "@xxgk.example");
                insert.setString(2, "race-" + i);
                // rows a crashed node had claimed: their claim runs out in a few seconds
                insert.setString(3, orphan ? "node-that-died" : null);
                insert.setTimestamp(4, orphan ? new java.sql.Timestamp(System.currentTimeMillis() + 3000) : null);
                insert.addBatch();
            }
            insert.executeBatch();
        }

        long deadline = System.currentTimeMillis() + 120_000;
        while (db.scalar("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL") > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        Thread.sleep(12_000); // one more pass on each node: nothing may come twice

        // only this test's mails: the demo data's overdue items send reminders of their own
        List<String> received = Arrays.stream(smtp.getReceivedMessages()).map(TwoNodesIT::subject)
                .filter(subject -> subject.startsWith("race-")).toList();
        Set<String> subjects = Set.copyOf(received);
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL"), "nothing left unsent");
        assertEquals(MAILS + ORPHANS, subjects.size(), "every mail arrived");
        assertEquals(MAILS + ORPHANS, received.size(), "and none twice");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
