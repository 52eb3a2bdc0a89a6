package cn.xxgk.platform;

import cn.xxgk.devserver.DatabaseProvisioner.Coordinates;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MariaDB's CHECKSUM TABLE of every table of the application's database but those a refused call
 * may rightly write (the audit record, which records refusals, and its seals, written every five
 * seconds by the sealer), the portal's call counts (public_throttle) and Flyway's: two equal readings mean
 * no row was added, removed or changed in between. The mail outbox counts by its rows only: its
 * sender marks attempts on its own schedule, whatever the calls.
 */
final class TableChecksums implements AutoCloseable {

    // apply: public_throttle counts the portal's anonymous calls, refused ones too (that is its purpose)
    private static final Set<String> MAY_CHANGE = Set.of("audit_record", "audit_seal", "flyway_schema_history",
            "mail_outbox", "public_throttle");

    private final Connection connection;
    private final String statement;

    TableChecksums(Coordinates db) throws SQLException {
        connection = DriverManager.getConnection(db.url(), db.user(), db.password());
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                if (!MAY_CHANGE.contains(rs.getString(1).toLowerCase(java.util.Locale.ROOT))) {
                    tables.add("`" + rs.getString(1) + "`");
                }
            }
        }
        statement = "CHECKSUM TABLE " + String.join(", ", tables);
    }

    /** The checksum of each table, by name. */
    Map<String, Long> read() throws SQLException {
        Map<String, Long> sums = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(statement)) {
            while (rs.next()) {
                sums.put(rs.getString(1), rs.getLong(2));
            }
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM mail_outbox")) {
            rs.next();
            sums.put("mail_outbox rows", rs.getLong(1));
        }
        return sums;
    }

    /** The tables whose checksum differs between two readings. */
    static List<String> changed(Map<String, Long> before, Map<String, Long> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
