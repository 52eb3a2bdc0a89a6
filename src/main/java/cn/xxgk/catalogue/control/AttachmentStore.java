package cn.xxgk.catalogue.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The attachment files, outside the web root, in the directory {@code xxgk.attachments.dir}. Files
 * are content-addressed: a file's key is its SHA-256 ({@code ab/cd/abcd...}), so identical content is
 * stored once, a key never names two contents, and a file is never changed once written.
 *
 * <p>Default directory: {@code xxgk-attachments} under the server's working directory, not under
 * java.io.tmpdir: attachments are records of the agency and must survive a reboot and the system's
 * temp cleaners (systemd-tmpfiles, tmpfs). Production sets the directory explicitly (a backed-up
 * volume); both nodes of a two-node setup must share it. Payara Micro unpacks the WAR into its own
 * runtime directory, so nothing here is ever served as a static file.
 *
 * <p>Writing: an upload goes to {@code incoming/} first (hashed and counted as it is copied, stopped
 * one byte past the limit), is checked, then moved atomically to its key. The caller inserts the
 * database row after that move: a failed insert leaves at most a file that no row names, which is
 * harmless (the same content uploaded again reuses it); there is never a row without its file.
 * Files are not deleted when a row is removed (other rows, a later version, may share them), with
 * one exception: a classified item's files, which must leave the system ({@link #delete}).
 *
 * <p>Reading: the checksum is verified before a file is handed out; a file changed on disk is refused.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final Logger LOG = Logger.getLogger(AttachmentStore.class.getName());
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @Inject
    @ConfigProperty(name = "xxgk.attachments.dir")
    Optional<String> configuredDirectory;

    private Path root;

    protected AttachmentStore() {
    }

    /** A store in the given directory (tests). */
    public AttachmentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @PostConstruct
    void open() {
        if (root == null) {
            String dir = configuredDirectory == null ? "" : configuredDirectory.map(String::strip).orElse("");
            root = (dir.isEmpty() ? Path.of(System.getProperty("user.dir"), "xxgk-attachments") : Path.of(dir))
                    .toAbsolutePath().normalize();
            LOG.info("Attachment store: " + root);
        }
    }

    public Path root() {
        return root;
    }

    /**
     * Copies an upload into the store's incoming directory, computing its SHA-256 and size; reads
     * at most {@code maxBytes + 1} bytes, so an oversize upload is known without reading all of it.
     * The caller checks the size and the type, then {@link #keep}s it or closes it (deleting it).
     */
    public Incoming receive(InputStream content, long maxBytes) {
        try {
            Path incoming = directory(root.resolve("incoming"));
            Path temp = Files.createTempFile(incoming, "upload-", ".part");
            restrict(temp, "rw-------");
            MessageDigest sha256 = sha256();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(temp)) {
                int n;
                while (size <= maxBytes && (n = content.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - size))) > 0) {
                    out.write(buffer, 0, n);
                    sha256.update(buffer, 0, n);
                    size += n;
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            return new Incoming(temp, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not receive an attachment", e);
        }
    }

    /**
     * Moves a received file to its content address and returns the key. When the same content is
     * already stored (and intact), the received copy is dropped.
     */
    public String keep(Incoming incoming) {
        String key = keyOf(incoming.sha256());
        Path target = root.resolve(key);
        try {
            directory(target.getParent());
            if (Files.exists(target) && sha256Of(target).equals(incoming.sha256())) {
                Files.deleteIfExists(incoming.file());
                return key;
            }
            try {
                Files.move(incoming.file(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                // incoming/ is inside the root, so this happens only on unusual file systems
                Files.move(incoming.file(), target, StandardCopyOption.REPLACE_EXISTING);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store attachment " + key, e);
        }
    }

    /**
     * The stored file of a key, after checking that its content still has the expected checksum.
     *
     * @throws StoredFileDamagedException when the file is missing or its content changed
     */
    public Path verified(String key, String expectedSha256) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new StoredFileDamagedException("not a storage key: " + key);
        }
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            LOG.severe("Attachment file missing: " + file);
            throw new StoredFileDamagedException("attachment file missing: " + key);
        }
        String actual;
        try {
            actual = sha256Of(file);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Attachment file unreadable: " + file, e);
            throw new StoredFileDamagedException("attachment file unreadable: " + key);
        }
        if (!actual.equals(expectedSha256)) {
            LOG.severe("Attachment file changed on disk: " + file + " has SHA-256 " + actual + ", expected " + expectedSha256);
            throw new StoredFileDamagedException("attachment file changed on disk: " + key);
        }
        return file;
    }

    /**
     * Deletes a stored file (classified content; the caller has checked that no row names it any
     * more). A missing file is no error: the goal is that it is gone.
     */
    public void delete(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        try {
            Files.deleteIfExists(root.resolve(key));
            LOG.info("Attachment file deleted (classified content): " + key);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Could not delete the classified content " + root.resolve(key), e);
            throw new UncheckedIOException("could not delete attachment " + key, e);
        }
    }

    /** The key of a content: its SHA-256 in hex, under two levels of directories (256 x 256). */
    public static String keyOf(String sha256) {
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    static String sha256Of(Path file) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha256.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Path directory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            restrict(dir, "rwx------");
        }
        return dir;
    }

    /** Only the server's own account may read the files (where the file system knows owners). */
    private static void restrict(Path path, String permissions) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    /** An upload in the store's incoming directory, not yet kept; closing deletes it if it is still there. */
    public record Incoming(Path file, long size, String sha256) implements AutoCloseable {

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete " + file, e);
            }
        }
    }
}
