package cn.xxgk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.devserver.DatabaseProvisioner.Coordinates;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.TestSettings;
import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database cannot be turned against the audit (issue #13): the account the running application
 * connects with, granted its rights by the schema owner at start (platform.control.DatabaseGrants),
 * may neither drop the audit's triggers nor delete, change or truncate the append-only tables, nor
 * change the schema; it can still do its work. Plain tests only: in one suite run a parameterized
 * test of an Arquillian class was handed the server's root URL instead of the deployment's and waited
 * on a 404 (the other Arquillian classes, all plain, never were).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseAccountsIT {

    /** ER_TABLEACCESS_DENIED_ERROR: "command denied to user": the grants refuse, not a trigger. */
    private static final int DENIED = 1142;
    private static final Set<String> APPEND_ONLY = Set.of("audit_record", "audit_seal", "gov_info_step", "request_step",
            "request_letter", "search_change", "portal_guide_version", "remedy_document", "assessment_rating",
            "assessment_record", "archive_package");

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    @Test
    void theApplicationsAccountCannotDropTheAuditTriggers() throws Exception {
        new AppClient(base.toString()); // the application is up: its rights are granted
        try (Connection app = connectAsApplication(); Statement sql = app.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute("DROP TRIGGER audit_record_no_delete"));
            assertTrue(refused.getErrorCode() == DENIED || refused.getErrorCode() == 1044, refused.toString());
        }
        assertEquals(1, countAsOwner("""
                SELECT COUNT(*) FROM information_schema.TRIGGERS
                WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = 'audit_record_no_delete'"""), "the trigger is still there");
        try (Connection app = connectAsApplication(); Statement sql = app.createStatement()) {
            SQLException deleting = assertThrows(SQLException.class, () -> sql.execute("DELETE FROM audit_record"));
            assertEquals(DENIED, deleting.getErrorCode(), "refused by the grants, before the trigger: " + deleting);
        }
    }

    /** Statements the application's account must be refused (one test: see the class comment on ordering). */
    private static final List<String> FORBIDDEN = List.of(
            "DELETE FROM audit_record",
            "UPDATE audit_record SET detail = 'rewritten'",
            "TRUNCATE TABLE audit_record",
            "DROP TABLE audit_record",
            "ALTER TABLE audit_record ADD COLUMN note VARCHAR(10)",
            "DELETE FROM audit_seal",
            "DELETE FROM request_step",
            "UPDATE gov_info_step SET actor = 'someone'",
            "DELETE FROM request_letter",
            "CREATE TABLE intruder (id INT)",
            "DELETE FROM flyway_schema_history",
            "CREATE TRIGGER intruder BEFORE INSERT ON agency FOR EACH ROW SET @x = 1");

    @Test
    void theApplicationsAccountIsRefusedBeforeAnyTrigger() throws Exception {
        new AppClient(base.toString());
        long auditRows = countAsOwner("SELECT COUNT(*) FROM audit_record");
        List<String> allowed = new ArrayList<>();
        try (Connection app = connectAsApplication(); Statement sql = app.createStatement()) {
            for (String statement : FORBIDDEN) {
                try {
                    sql.execute(statement);
                    allowed.add(statement);
                } catch (SQLException refused) {
                    if (refused.getErrorCode() != DENIED && refused.getErrorCode() != 1044) {
                        allowed.add(statement + " refused otherwise: " + refused);
                    }
                }
            }
        }
        assertEquals(List.of(), allowed, "statements not refused by the grants");
        assertTrue(countAsOwner("SELECT COUNT(*) FROM audit_record") >= auditRows, "no audit row is gone");
    }

    @Test
    void theApplicationsAccountHasExactlyTheRightsItNeedsOnEveryTable() throws Exception {
        new AppClient(base.toString());
        Map<String, Set<String>> rights = new HashMap<>();
        Set<String> schemaRights = new HashSet<>();
        Set<String> tables = new HashSet<>();
        try (Connection app = connectAsApplication(); Statement sql = app.createStatement()) {
            try (ResultSet rows = sql.executeQuery("""
                    SELECT TABLE_NAME, PRIVILEGE_TYPE FROM information_schema.TABLE_PRIVILEGES
                    WHERE TABLE_SCHEMA = DATABASE()""")) {
                while (rows.next()) {
                    rights.computeIfAbsent(rows.getString(1), t -> new HashSet<>()).add(rows.getString(2));
                }
            }
            try (ResultSet rows = sql.executeQuery("""
                    SELECT PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES WHERE TABLE_SCHEMA = DATABASE()""")) {
                while (rows.next()) {
                    schemaRights.add(rows.getString(1));
                }
            }
            try (ResultSet rows = sql.executeQuery("""
                    SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            // the ordinary work still goes: insert and delete in an ordinary table
            sql.execute("DELETE FROM login_throttle WHERE throttle_key = 'account:nobody-at-all'");
        }
        assertEquals(Set.of("SELECT"), schemaRights, "the whole database: read only");
        assertTrue(tables.containsAll(APPEND_ONLY), tables.toString());
        for (String table : tables) {
            Set<String> expected = table.equals("flyway_schema_history") ? Set.of()
                    : APPEND_ONLY.contains(table) ? Set.of("INSERT") : Set.of("INSERT", "UPDATE", "DELETE");
            assertEquals(expected, rights.getOrDefault(table, Set.of()), table);
        }
    }

    private static Connection connectAsApplication() throws SQLException {
        Coordinates db = ArquillianSetup.database();
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static long countAsOwner(String query) throws SQLException {
        Coordinates db = ArquillianSetup.database();
        try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUser(), db.ownerPassword());
             Statement sql = owner.createStatement()) {
            return count(sql, query);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
