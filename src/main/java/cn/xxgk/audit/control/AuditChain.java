package cn.xxgk.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain over the audit record (issue #13). Each audit row gets one seal: its place in the
 * chain ({@code seq} 1, 2, 3 … without a gap) and {@code hash = SHA-256(previous hash + "\n" +
 * content)}, hex, the first previous hash being 64 zeros. The content is every column of the row,
 * each written as its length, a colon and its text (null as "-"), so no two rows read alike.
 * Rows are sealed after their commit, in the order the sealer finds them, so commands never wait for
 * each other's hash; a row committed late (a long transaction) is sealed in a later batch. Works on a
 * plain JDBC connection: the application seals and verifies with it, an operator's command can
 * verify with a read-only account.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    /** A late commit is looked for this far before the newest sealed row's time. */
    static final Duration LATE_COMMIT = Duration.ofHours(1);

    static final String COLUMNS =
            "a.id, a.occurred_at, a.actor, a.action, a.object_type, a.object_id, a.result, a.detail, a.client_address";
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final LocalDateTime BEGINNING = LocalDateTime.of(1000, 1, 1, 0, 0);

    private AuditChain() {
    }

    /** The newest seal: its place, its hash and the time of the row it seals. */
    record Head(long seq, String hash, LocalDateTime occurredAt) {
    }

    /** Seals up to {@code max} unsealed rows at {@code now}; returns how many. */
    public static int seal(Connection db, LocalDateTime now, int max) throws SQLException {
        Head head = head(db);
        LocalDateTime since = head.occurredAt() == null ? BEGINNING : head.occurredAt().minus(LATE_COMMIT);
        List<long[]> order = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        String previous = head.hash();
        try (PreparedStatement unsealed = db.prepareStatement("SELECT " + COLUMNS + """
                 FROM audit_record a
                WHERE a.occurred_at >= ? AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.audit_id = a.id)
                ORDER BY a.id LIMIT ?""")) {
            unsealed.setTimestamp(1, Timestamp.valueOf(since));
            unsealed.setInt(2, max);
            try (ResultSet rows = unsealed.executeQuery()) {
                while (rows.next()) {
                    previous = hash(previous, content(rows));
                    order.add(new long[] {head.seq() + order.size() + 1, rows.getLong(1)});
                    hashes.add(previous);
                }
            }
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO audit_seal (seq, audit_id, hash, sealed_at) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < order.size(); i++) {
                insert.setLong(1, order.get(i)[0]);
                insert.setLong(2, order.get(i)[1]);
                insert.setString(3, hashes.get(i));
                insert.setTimestamp(4, Timestamp.valueOf(now));
                insert.addBatch();
            }
            if (!order.isEmpty()) {
                insert.executeBatch();
            }
        }
        return order.size();
    }

    static Head head(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                SELECT s.seq, s.hash, a.occurred_at FROM audit_seal s LEFT JOIN audit_record a ON a.id = s.audit_id
                ORDER BY s.seq DESC LIMIT 1""");
             ResultSet row = query.executeQuery()) {
            return row.next()
                    ? new Head(row.getLong(1), row.getString(2), row.getObject(3, LocalDateTime.class))
                    : new Head(0, GENESIS, null);
        }
    }

    /** The content of the audit row the result set stands on, its columns being {@link #COLUMNS}. */
    static String content(ResultSet row) throws SQLException {
        StringBuilder text = new StringBuilder();
        text.append(field(Long.toString(row.getLong(1))));
        text.append(field(MICROS.format(row.getObject(2, LocalDateTime.class))));
        for (int column = 3; column <= 9; column++) {
            text.append(field(row.getString(column)));
        }
        return text.toString();
    }

    private static String field(String value) {
        return value == null ? "-|" : value.length() + ":" + value + "|";
    }

    public static String hash(String previous, String content) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((previous + "\n" + content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
