package cn.xxgk.devserver;

import cn.xxgk.archive.control.PackageVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@code ./mvnw -q -Parchive-verify -Dxxgk.archive.dir=… -Dxxgk.db.url=… -Dxxgk.db.user=… -Dxxgk.db.password=…}:
 * re-verifies every archive package without the application: each package row's manifest SHA-256,
 * then every file against the manifest (an inspector's read-only account and read access to the
 * archive directory are enough). Prints the first mismatch (archive number, file, problem); exits 1
 * on a mismatch, 2 on a missing setting or an unreadable database or directory.
 */
public final class ArchiveVerifyCommand {

    private ArchiveVerifyCommand() {
    }

    public static void main(String[] args) {
        InspectorAccount account = InspectorAccount.fromSettings();
        String dir = InspectorAccount.setting("xxgk.archive.dir", "XXGK_ARCHIVE_DIR");
        if (!account.complete() || dir == null || dir.isBlank()) {
            System.err.println("archive verification: set xxgk.archive.dir, xxgk.db.url and xxgk.db.user (and xxgk.db.password), "
                    + "or XXGK_ARCHIVE_DIR, XXGK_DB_URL, XXGK_DB_USER, XXGK_DB_PASSWORD");
            System.exit(2);
        }
        Path root = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            System.err.println("archive verification: no directory " + root);
            System.exit(2);
        }
        System.exit(run(account.url(), account.user(), account.password(), root));
    }

    /** Verifies every package; returns the exit code. */
    public static int run(String url, String user, String password, Path root) {
        PackageVerifier verifier = new PackageVerifier(root);
        int[] files = {0};
        int packages = 0;
        try (Connection db = DriverManager.getConnection(url, user, password);
             PreparedStatement rows = db.prepareStatement(
                     "SELECT archive_number, directory, manifest_sha256 FROM archive_package ORDER BY id")) {
            rows.setFetchSize(500);
            try (ResultSet row = rows.executeQuery()) {
                while (row.next()) {
                    packages++;
                    Optional<PackageVerifier.Mismatch> mismatch = verifier.verify(
                            new PackageVerifier.Sealed(row.getString(1), row.getString(2), row.getString(3)), files);
                    if (mismatch.isPresent()) {
                        PackageVerifier.Mismatch m = mismatch.get();
                        System.out.printf("archive: MISMATCH in package %s at %s: %s (%d packages, %d files read)%n",
                                m.archiveNumber(), m.path().isEmpty() ? "(folder)" : m.path(), m.problem(), packages, files[0]);
                        return 1;
                    }
                }
            }
            System.out.printf("archive: %d packages and %d files verified against their manifests: all as sealed%n", packages, files[0]);
            return 0;
        } catch (SQLException | IOException e) {
            System.err.println("archive verification: " + e.getMessage());
            return 2;
        }
    }
}
