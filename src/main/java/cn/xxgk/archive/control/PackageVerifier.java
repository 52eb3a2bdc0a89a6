package cn.xxgk.archive.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Recomputes the checksums of a package: the manifest against the SHA-256 its database row keeps,
 * then every file against the manifest, and whether a file was added. Plain Java: the application's
 * screen and API and the command line ({@code devserver.ArchiveVerifyCommand}) use it alike.
 */
public final class PackageVerifier {

    /** What is wrong with a package. */
    public enum Problem {
        /** The package folder is gone. */
        PACKAGE_MISSING,
        /** The manifest is gone. */
        MANIFEST_MISSING,
        /** The manifest differs from the one the package was sealed with. */
        MANIFEST_CHANGED,
        /** A file the manifest lists is gone. */
        FILE_MISSING,
        /** A file differs from its checksum. */
        FILE_CHANGED,
        /** A file the manifest does not list. */
        FILE_ADDED
    }

    /** The first thing wrong with a package: which file, and how. */
    public record Mismatch(String archiveNumber, String path, Problem problem) {
    }

    /** The package row's part the check needs. */
    public record Sealed(String archiveNumber, String directory, String manifestSha256) {
    }

    private final Path root;

    public PackageVerifier(Path root) {
        this.root = root;
    }

    /** The first mismatch of one package, or empty when every file is as sealed. Counts the files read. */
    public Optional<Mismatch> verify(Sealed sealed, int[] filesChecked) throws IOException {
        Path folder = root.resolve(sealed.directory()).normalize();
        if (!folder.startsWith(root.normalize()) || !Files.isDirectory(folder)) {
            return mismatch(sealed, "", Problem.PACKAGE_MISSING);
        }
        Path manifestFile = folder.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            return mismatch(sealed, Manifest.FILE_NAME, Problem.MANIFEST_MISSING);
        }
        byte[] manifestBytes = Files.readAllBytes(manifestFile);
        filesChecked[0]++;
        if (!Manifest.sha256(manifestBytes).equals(sealed.manifestSha256())) {
            return mismatch(sealed, Manifest.FILE_NAME, Problem.MANIFEST_CHANGED);
        }
        Manifest manifest;
        try {
            manifest = Manifest.parse(manifestBytes);
        } catch (IllegalArgumentException unreadable) {
            return mismatch(sealed, Manifest.FILE_NAME, Problem.MANIFEST_CHANGED);
        }
        for (String path : manifest.paths()) {
            Path file = folder.resolve(path).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                return mismatch(sealed, path, Problem.FILE_MISSING);
            }
            filesChecked[0]++;
            if (!sha256(file).equals(manifest.sha256Of(path))) {
                return mismatch(sealed, path, Problem.FILE_CHANGED);
            }
        }
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(f -> present.add(folder.relativize(f).toString().replace('\\', '/')));
        }
        present.remove(Manifest.FILE_NAME);
        manifest.paths().forEach(present::remove);
        return present.isEmpty() ? Optional.empty() : mismatch(sealed, present.iterator().next(), Problem.FILE_ADDED);
    }

    private static Optional<Mismatch> mismatch(Sealed sealed, String path, Problem problem) {
        return Optional.of(new Mismatch(sealed.archiveNumber(), path, problem));
    }

    /** SHA-256 of a file, streamed. */
    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
