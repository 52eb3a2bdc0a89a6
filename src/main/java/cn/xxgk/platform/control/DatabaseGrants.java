package cn.xxgk.platform.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the application's database account may do, granted by the schema owner after each
 * migration (issue #13): read every table; insert, update and delete in the ordinary tables; only
 * insert in the append-only ones (the audit record, the steps, the letters, the audit seals); no
 * DROP (so no TRUNCATE), ALTER, INDEX, CREATE or TRIGGER anywhere, and nothing on Flyway's
 * schema history. A table is append-only when its migration gave it a BEFORE DELETE trigger that
 * refuses with SIGNAL: the triggers stop every account, the grants stop the application from
 * dropping them. Granting comes first and revoking the rest second, so a node that is serving while
 * another starts never loses a right it needs; rights an earlier set-up gave (e.g. ALL on the
 * database) are taken away.
 */
public final class DatabaseGrants {

    /** Flyway's table: the migrations' record, the owner's alone. */
    static final String SCHEMA_HISTORY = "flyway_schema_history";
    private static final String TABLE_REST =
            "CREATE, DROP, GRANT OPTION, REFERENCES, INDEX, ALTER, CREATE VIEW, SHOW VIEW, TRIGGER, DELETE HISTORY";
    private static final String SCHEMA_REST = "INSERT, UPDATE, DELETE, CREATE, DROP, GRANT OPTION, REFERENCES, INDEX, "
            + "ALTER, CREATE TEMPORARY TABLES, LOCK TABLES, EXECUTE, CREATE VIEW, SHOW VIEW, CREATE ROUTINE, "
            + "ALTER ROUTINE, EVENT, TRIGGER, DELETE HISTORY";

    private DatabaseGrants() {
    }

    /** A table of the schema and whether its rows may only be added. */
    public record Table(String name, boolean appendOnly) {
    }

    /** The statements that give {@code account} ('user'@'host') exactly its rights on {@code schema}. */
    public static List<String> statements(String schema, String account, List<Table> tables) {
        String database = quoteName(schema);
        List<String> sql = new ArrayList<>();
        sql.add("GRANT SELECT ON " + database + ".* TO " + account);
        sql.add("REVOKE " + SCHEMA_REST + " ON " + database + ".* FROM " + account);
        for (Table table : tables) {
            if (table.name().equals(SCHEMA_HISTORY)) {
                continue;
            }
            String on = " ON " + database + "." + quoteName(table.name());
            if (table.appendOnly()) {
                sql.add("GRANT INSERT" + on + " TO " + account);
                sql.add("REVOKE UPDATE, DELETE, " + TABLE_REST + on + " FROM " + account);
            } else {
                sql.add("GRANT INSERT, UPDATE, DELETE" + on + " TO " + account);
                sql.add("REVOKE " + TABLE_REST + on + " FROM " + account);
            }
        }
        return sql;
    }

    /** 'user'@'host' from CURRENT_USER()'s user@host. */
    public static String account(String currentUser) {
        int at = currentUser.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("not user@host: " + currentUser);
        }
        return quoteString(currentUser.substring(0, at)) + "@" + quoteString(currentUser.substring(at + 1));
    }

    /** Gives the account its rights on the owner connection's current database. */
    public static void apply(Connection owner, String account) throws SQLException {
        try (Statement sql = owner.createStatement()) {
            String schema = single(sql, "SELECT DATABASE()");
            for (String statement : statements(schema, account, tables(sql))) {
                sql.execute(statement);
            }
        }
    }

    private static List<Table> tables(Statement sql) throws SQLException {
        Set<String> appendOnly = new HashSet<>();
        try (ResultSet rows = sql.executeQuery("""
                SELECT DISTINCT EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS
                WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_MANIPULATION = 'DELETE' AND ACTION_TIMING = 'BEFORE'
                  AND ACTION_STATEMENT LIKE '%SIGNAL%'""")) {
            while (rows.next()) {
                appendOnly.add(rows.getString(1));
            }
        }
        List<Table> tables = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("""
                SELECT TABLE_NAME FROM information_schema.TABLES
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME""")) {
            while (rows.next()) {
                tables.add(new Table(rows.getString(1), appendOnly.contains(rows.getString(1))));
            }
        }
        return tables;
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static String quoteName(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static String quoteString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
