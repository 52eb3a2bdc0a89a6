package cn.xxgk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.devserver.DatabaseProvisioner.Coordinates;
import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.ApiSession;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.AuditLogPage;
import cn.xxgk.testsupport.pages.LoginPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit chain (issue #13): every audit row is sealed within seconds; the verification names
 * the first row that was changed or removed and the first seal that was removed, by the API and on
 * the discipline role's screen. The tampering is done as the schema owner (the application's own
 * account cannot, DatabaseAccountsIT), on an application of its own, and undone after each case.
 */
class AuditChainIT {

    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start("audit-chain", Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theVerificationNamesTheFirstChangedRemovedOrUnsealedPlace() throws Exception {
        for (String user : List.of("office", "deptstaff", "leader")) {
            new AppClient(app.url()).login(user, "a-wrong-password"); // refusals are audited and sealed too
        }
        ApiSession discipline = ApiSession.of(app.url(), "discipline", DemoDirectory.DEMO_PASSWORD);
        awaitEverythingSealed();

        JsonObject intact = verify(discipline);
        assertFalse(intact.containsKey("problem"), intact.toString());
        assertEquals(0, intact.getJsonNumber("unsealed").longValue());
        long sealed = intact.getJsonNumber("headSeq").longValue();
        assertTrue(sealed >= 4, "the three refusals and the login are sealed: " + intact);
        assertEquals(64, intact.getString("headHash").length());

        long changed = auditIdOfSeal(2);
        tamper("UPDATE audit_record SET detail = CONCAT(COALESCE(detail, ''), ' (edited)') WHERE id = " + changed,
                "audit_record_no_update");
        JsonObject report = verify(discipline);
        assertEquals("CHANGED", report.getString("problem"), report.toString());
        assertEquals(changed, report.getJsonNumber("brokenAuditId").longValue());
        assertEquals(2, report.getJsonNumber("brokenSeq").longValue());
        assertEquals(1, report.getJsonNumber("headSeq").longValue(), "the last seal that holds");
        String screen = chainOnScreen();
        assertTrue(screen.contains("第 2 号封记与审计记录 " + changed + " 的内容不符"), screen);
        tamper("UPDATE audit_record SET detail = NULLIF(REPLACE(detail, ' (edited)', ''), '') WHERE id = " + changed,
                "audit_record_no_update");
        assertFalse(verify(discipline).containsKey("problem"), "undone, the chain holds again");

        long removed = auditIdOfSeal(3);
        String copy = "CREATE TABLE kept AS SELECT * FROM audit_record WHERE id = " + removed;
        asOwner(List.of(copy));
        tamper("DELETE FROM audit_record WHERE id = " + removed, "audit_record_no_delete");
        report = verify(discipline);
        assertEquals("MISSING", report.getString("problem"), report.toString());
        assertEquals(removed, report.getJsonNumber("brokenAuditId").longValue());
        asOwner(List.of("INSERT INTO audit_record SELECT * FROM kept", "DROP TABLE kept"));

        // taken out of the sequence (not deleted: the sealer would seal its row again meanwhile)
        tamper("UPDATE audit_seal SET seq = -2 WHERE seq = 2", "audit_seal_no_update");
        report = verify(discipline);
        assertEquals("GAP", report.getString("problem"), report.toString());
        assertEquals(3, report.getJsonNumber("brokenSeq").longValue());
        tamper("UPDATE audit_seal SET seq = 2 WHERE seq = -2", "audit_seal_no_update");
        assertFalse(verify(discipline).containsKey("problem"), "restored, the chain holds again");

        long auditRows = scalar("SELECT COUNT(*) FROM audit_record");
        assertTrue(auditRows > sealed, "each verification is recorded in the audit itself");
    }

    private static JsonObject verify(ApiSession discipline) throws Exception {
        HttpResponse<String> answer = discipline.post("api/v1/audit/chain/verification", "");
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static String chainOnScreen() throws Exception {
        try (Browser browser = new Browser(Browser.DESKTOP)) {
            LoginPage.open(browser.driver(), app.url()).loginAs("discipline", DemoDirectory.DEMO_PASSWORD).openMenu("审计记录");
            String report = AuditLogPage.at(browser.driver()).verifyChain();
            assertEquals(List.of(), browser.consoleErrors());
            return report;
        }
    }

    /** Waits (up to 30 s: the sealer runs every 5 s) until no audit row is without its seal. */
    private static void awaitEverythingSealed() throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (scalar("SELECT COUNT(*) FROM audit_record a WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.audit_id = a.id)") > 0) {
            assertTrue(System.nanoTime() < deadline, "audit rows left unsealed after 30 s");
            Thread.sleep(500);
        }
    }

    private static long auditIdOfSeal(long seq) throws SQLException {
        return scalar("SELECT audit_id FROM audit_seal WHERE seq = " + seq);
    }

    /** Runs a statement the trigger refuses, with the trigger dropped for the moment and put back. */
    private static void tamper(String statement, String trigger) throws SQLException {
        String definition;
        try (Connection owner = owner(); Statement sql = owner.createStatement();
             ResultSet row = sql.executeQuery("SHOW CREATE TRIGGER " + trigger)) {
            row.next();
            definition = row.getString("SQL Original Statement");
        }
        asOwner(List.of("DROP TRIGGER " + trigger, statement, definition));
    }

    private static void asOwner(List<String> statements) throws SQLException {
        try (Connection owner = owner(); Statement sql = owner.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private static long scalar(String query) throws SQLException {
        try (Connection owner = owner(); Statement sql = owner.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection owner() throws SQLException {
        Coordinates db = app.coordinates();
        return DriverManager.getConnection(db.url(), db.ownerUser(), db.ownerPassword());
    }
}
