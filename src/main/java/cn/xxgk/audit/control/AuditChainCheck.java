package cn.xxgk.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Recomputes the audit chain from the first seal to the last and names the first seal that does not
 * hold: a place missing in the sequence (a seal removed), a sealed row that is gone (a row removed),
 * or a hash that differs (a row or a seal changed). Also counts the rows still without a seal
 * some minutes after they were written: the sealer runs every few seconds, so an old unsealed row
 * means the sealer is down, or a row was slipped in by hand.
 */
public final class AuditChainCheck {

    /** Rows younger than this may simply not have met the sealer yet. */
    public static final Duration SEALING_GRACE = Duration.ofMinutes(10);
    private static final int PAGE = 2000;

    private AuditChainCheck() {
    }

    /** Why a seal does not hold. */
    public enum Problem {
        /** The seal's place is not the one after its predecessor's: a seal was removed. */
        GAP,
        /** The audit row the seal seals is not there: the row was removed. */
        MISSING,
        /** The recomputed hash differs: the row (or the seal) was changed. */
        CHANGED
    }

    /**
     * The outcome: the last seal that holds, i.e. how many were checked and found good (its hash may
     * be written down elsewhere to prove later that nothing was cut from the end), the first broken
     * one if any, and the rows left unsealed beyond the grace.
     */
    public record Report(long headSeq, String headHash, Long brokenSeq, Long brokenAuditId,
                         Problem problem, long unsealed, Long firstUnsealedId) {

        public boolean intact() {
            return problem == null && unsealed == 0;
        }
    }

    public static Report verify(Connection db, LocalDateTime now) throws SQLException {
        long expected = 1;
        String previous = AuditChain.GENESIS;
        try (PreparedStatement page = db.prepareStatement("SELECT " + AuditChain.COLUMNS + """
                , s.seq, s.audit_id, s.hash FROM audit_seal s LEFT JOIN audit_record a ON a.id = s.audit_id
                WHERE s.seq >= ? ORDER BY s.seq LIMIT ?""")) {
            while (true) {
                page.setLong(1, expected);
                page.setInt(2, PAGE);
                int read = 0;
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        long seq = rows.getLong(10);
                        Problem problem = seq != expected ? Problem.GAP
                                : rows.getObject(1) == null ? Problem.MISSING
                                : !AuditChain.hash(previous, AuditChain.content(rows)).equals(rows.getString(12))
                                ? Problem.CHANGED : null;
                        if (problem != null) {
                            return report(db, now, expected - 1, previous, seq, rows.getLong(11), problem);
                        }
                        previous = rows.getString(12);
                        expected++;
                    }
                }
                if (read < PAGE) {
                    return report(db, now, expected - 1, previous, null, null, null);
                }
            }
        }
    }

    private static Report report(Connection db, LocalDateTime now, long head, String hash, Long brokenSeq,
                                 Long brokenAuditId, Problem problem) throws SQLException {
        try (PreparedStatement unsealed = db.prepareStatement("""
                SELECT COUNT(*), MIN(a.id) FROM audit_record a
                WHERE a.occurred_at < ? AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.audit_id = a.id)""")) {
            unsealed.setTimestamp(1, Timestamp.valueOf(now.minus(SEALING_GRACE)));
            try (ResultSet row = unsealed.executeQuery()) {
                row.next();
                long count = row.getLong(1);
                return new Report(head, hash, brokenSeq, brokenAuditId, problem, count,
                        count == 0 ? null : row.getLong(2));
            }
        }
    }
}
