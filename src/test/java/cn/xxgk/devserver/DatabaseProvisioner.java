package cn.xxgk.devserver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the application's database and its two accounts on a MariaDB server, given an account
 * that may do so, as a database administrator would for production: the schema owner (all rights
 * on the database, with grant option), as whom the migrations run and who grants the application
 * what it needs (platform.control.DatabaseGrants), and the application's account, given here only
 * the right to read (to connect to the database at all). The application never connects as the
 * administrator.
 */
public final class DatabaseProvisioner {

    private final String adminUrl;

    public DatabaseProvisioner(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    /**
     * Creates (if missing) database {@code name}, the application's account {@code user}/{@code password}
     * and the owner account {@code user}_owner with the same password.
     */
    public Coordinates provision(String name, String user, String password) throws SQLException {
        requireIdentifier(name);
        requireIdentifier(user);
        String owner = user + "_owner";
        try (Connection connection = DriverManager.getConnection(adminUrl);
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"%", "localhost"}) {
                for (String account : new String[] {owner, user}) {
                    sql.execute("CREATE USER IF NOT EXISTS '" + account + "'@'" + host + "' IDENTIFIED BY '"
                            + password.replace("'", "''") + "'");
                }
                sql.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + owner + "'@'" + host + "' WITH GRANT OPTION");
                // enough to connect to the database: the pool connects before the owner's grants run
                sql.execute("GRANT SELECT ON `" + name + "`.* TO '" + user + "'@'" + host + "'");
            }
        }
        return new Coordinates(hostPart() + name + "?sslMode=disable", user, password, owner, password);
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

    /** How the application reaches its database: its own account and the schema owner's. */
    public record Coordinates(String url, String user, String password, String ownerUser, String ownerPassword) {

        /** The same database reached as its owner: for a test that writes without the application. */
        public Coordinates asOwner() {
            return new Coordinates(url, ownerUser, ownerPassword, ownerUser, ownerPassword);
        }
    }
}
