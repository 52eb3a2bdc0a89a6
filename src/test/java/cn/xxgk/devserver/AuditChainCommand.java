package cn.xxgk.devserver;

import cn.xxgk.audit.control.AuditChainCheck;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * {@code ./mvnw -q -Paudit-chain -Dxxgk.db.url=… -Dxxgk.db.user=… -Dxxgk.db.password=…}: verifies the
 * audit chain straight from the database, without the application (an inspector's read-only account
 * is enough). Prints the outcome; exits 1 when the chain is broken or rows stay unsealed, 2 on a
 * missing setting or an unreachable database.
 */
public final class AuditChainCommand {

    private AuditChainCommand() {
    }

    public static void main(String[] args) {
        InspectorAccount account = InspectorAccount.fromSettings();
        if (!account.complete()) {
            System.err.println("audit chain: set xxgk.db.url and xxgk.db.user (and xxgk.db.password), "
                    + "or XXGK_DB_URL, XXGK_DB_USER, XXGK_DB_PASSWORD");
            System.exit(2);
        }
        try (Connection db = DriverManager.getConnection(account.url(), account.user(), account.password())) {
            AuditChainCheck.Report report = AuditChainCheck.verify(db, LocalDateTime.now(ZoneId.of("Asia/Shanghai")));
            System.out.printf("audit chain: %d seals recomputed and intact; hash at the end: %s%n",
                    report.headSeq(), report.headHash());
            if (report.problem() != null) {
                System.out.printf("BROKEN at seal %d (audit row %d): %s%n", report.brokenSeq(), report.brokenAuditId(),
                        switch (report.problem()) {
                            case GAP -> "a seal before it was removed";
                            case MISSING -> "the sealed audit row was removed";
                            case CHANGED -> "the audit row or the seal was changed";
                        });
            }
            if (report.unsealed() > 0) {
                System.out.printf("%d audit rows unsealed for more than %d minutes (first: row %d)%n", report.unsealed(),
                        AuditChainCheck.SEALING_GRACE.toMinutes(), report.firstUnsealedId());
            }
            System.exit(report.intact() ? 0 : 1);
        } catch (java.sql.SQLException e) {
            System.err.println("audit chain: the database could not be read: " + e.getMessage());
            System.exit(2);
        }
    }
}
