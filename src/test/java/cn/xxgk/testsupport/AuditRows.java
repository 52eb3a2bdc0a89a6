package cn.xxgk.testsupport;

import cn.xxgk.devserver.DatabaseProvisioner.Coordinates;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the audit record (and other tables) straight from the database, as an inspector would. */
public final class AuditRows {

    private final Coordinates db;

    public AuditRows(Coordinates db) {
        this.db = db;
    }

    /** Rows matching actor, action and result (null: any), written after row id {@code afterId}. */
    public int count(long afterId, String actor, String action, String result) throws SQLException {
        try (Connection c = connect();
             PreparedStatement q = c.prepareStatement("""
                     SELECT COUNT(*) FROM audit_record WHERE id > ?
                       AND (? IS NULL OR actor = ?) AND (? IS NULL OR action = ?) AND (? IS NULL OR result = ?)""")) {
            q.setLong(1, afterId);
            q.setString(2, actor);
            q.setString(3, actor);
            q.setString(4, action);
            q.setString(5, action);
            q.setString(6, result);
            q.setString(7, result);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    public long lastId() throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COALESCE(MAX(id), 0) FROM audit_record")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public long scalar(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public String text(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = connect()) {
            c.createStatement().execute(sql);
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }
}
