package cn.xxgk.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.platform.control.DatabaseGrants.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseGrantsTest {

    private static final List<String> SQL = DatabaseGrants.statements("xxgk", "'app'@'%'", List.of(
            new Table("audit_record", true), new Table("flyway_schema_history", false), new Table("agency", false)));

    @Test
    void theWholeDatabaseIsReadOnlyAndEverythingElseIsTakenAway() {
        assertEquals("GRANT SELECT ON `xxgk`.* TO 'app'@'%'", SQL.get(0));
        assertTrue(SQL.get(1).startsWith("REVOKE INSERT, UPDATE, DELETE, CREATE, DROP, GRANT OPTION"), SQL.get(1));
        assertTrue(SQL.get(1).contains("TRIGGER") && SQL.get(1).endsWith(" ON `xxgk`.* FROM 'app'@'%'"), SQL.get(1));
    }

    @Test
    void anAppendOnlyTableMayOnlyBeAddedTo() {
        assertEquals("GRANT INSERT ON `xxgk`.`audit_record` TO 'app'@'%'", SQL.get(2));
        assertTrue(SQL.get(3).startsWith("REVOKE UPDATE, DELETE, CREATE, DROP,"), SQL.get(3));
        assertTrue(SQL.get(3).contains("TRIGGER"), SQL.get(3));
    }

    @Test
    void anOrdinaryTableIsWrittenButNotDroppedOrAltered() {
        assertEquals("GRANT INSERT, UPDATE, DELETE ON `xxgk`.`agency` TO 'app'@'%'", SQL.get(4));
        assertTrue(SQL.get(5).startsWith("REVOKE CREATE, DROP,") && SQL.get(5).contains("ALTER"), SQL.get(5));
        assertFalse(SQL.get(5).contains("UPDATE"), SQL.get(5));
    }

    @Test
    void flywaysHistoryIsTheOwnersAloneAndGrantedNothing() {
        assertEquals(6, SQL.size());
        assertTrue(SQL.stream().noneMatch(s -> s.contains("flyway_schema_history")));
    }

    @Test
    void theAccountComesFromCurrentUserQuoted() {
        assertEquals("'xxgk'@'%'", DatabaseGrants.account("xxgk@%"));
        assertEquals("'o''brien'@'10.0.0.1'", DatabaseGrants.account("o'brien@10.0.0.1"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseGrants.account("nohost"));
    }
}
