package cn.xxgk.notification.boundary;

import cn.xxgk.notification.control.ReminderSettings;
import cn.xxgk.platform.boundary.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The mail outbox. Business code writes its rows in its own transaction through a {@link Batch}
 * (so a mail exists exactly when the change that causes it was committed); the poller claims
 * rows, sends them and marks them. Each of claim and mark commits at once (REQUIRES_NEW): a claim must be visible to the
 * other node before anything is sent.
 */
@Stateless
@PermitAll
public class Outbox {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    ReminderSettings settings;

    @Inject
    Clock clock;


    /**
     * Claims up to a batch of due rows for this node with one UPDATE, which the database
     * serialises: two nodes never claim the same row. Rows whose claim ran out (a node died in
     * the middle of a pass) are claimable again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<PendingMail> claim(String node) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        Timestamp until = Timestamp.valueOf(LocalDateTime.now(clock).plus(settings.claimDuration()));
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement claim = connection.prepareStatement("""
                    UPDATE mail_outbox SET claimed_by = ?, claimed_until = ?
                    WHERE sent_at IS NULL AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
                    ORDER BY id LIMIT ?""")) {
                claim.setString(1, node);
                claim.setTimestamp(2, until);
                claim.setTimestamp(3, now);
                claim.setTimestamp(4, now);
                claim.setInt(5, settings.batch());
                if (claim.executeUpdate() == 0) {
                    return List.of();
                }
            }
            List<PendingMail> claimed = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, recipient, subject, body, attempts FROM mail_outbox WHERE claimed_by = ? AND sent_at IS NULL ORDER BY id")) {
                select.setString(1, node);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(new PendingMail(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getInt(5)));
                    }
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("claiming mail failed", e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markSent(long id, String node) {
        update("UPDATE mail_outbox SET sent_at = ?, claimed_by = NULL, claimed_until = NULL, attempts = attempts + 1"
                + " WHERE id = ? AND claimed_by = ?", Timestamp.valueOf(LocalDateTime.now(clock)), id, node);
    }

    /** A failed send: tried again after a delay that doubles with each attempt (up to an hour). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(PendingMail mail, String node, String error) {
        LocalDateTime next = LocalDateTime.now(clock).plus(settings.retryDelay(mail.attempts() + 1));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
                       claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?""")) {
            update.setTimestamp(1, Timestamp.valueOf(next));
            update.setString(2, error == null ? null : error.substring(0, Math.min(error.length(), 1000)));
            update.setLong(3, mail.id());
            update.setString(4, node);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("marking mail " + mail.id() + " failed", e);
        }
    }

    private void update(String sql, Timestamp at, long id, String node) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setTimestamp(1, at);
            update.setLong(2, id);
            update.setString(3, node);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("marking mail " + id + " failed", e);
        }
    }

    /**
     * Mails queued by one piece of business work, written with one batched INSERT on the
     * caller's connection, so in the caller's transaction.
     */
    @jakarta.enterprise.context.Dependent
    public static class Batch {

        @Inject
        Clock clock;

        private final List<Object[]> rows = new ArrayList<>();

        public void add(String recipient, String subject, String body, Long reminderId) {
            rows.add(new Object[] {recipient, subject, body, reminderId});
        }

        public void flush(Connection connection) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO mail_outbox (recipient, subject, body, reminder_id, created_at, next_attempt_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                for (Object[] row : rows) {
                    insert.setString(1, (String) row[0]);
                    insert.setString(2, (String) row[1]);
                    insert.setString(3, (String) row[2]);
                    insert.setObject(4, row[3]);
                    insert.setTimestamp(5, now);
                    insert.setTimestamp(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            rows.clear();
        }
    }

    /** A claimed mail waiting to be sent. */
    public record PendingMail(long id, String recipient, String subject, String body, int attempts) {
    }
}
