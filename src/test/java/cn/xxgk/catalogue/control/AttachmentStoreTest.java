package cn.xxgk.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-addressed store: checksum, stop at the limit, one copy per content, tampering refused. */
class AttachmentStoreTest {

    @TempDir
    Path root;

    @Test
    void anUploadIsHashedCountedAndKeptUnderItsChecksum() throws Exception {
        AttachmentStore store = new AttachmentStore(root);
        byte[] content = "政府信息公开".getBytes(StandardCharsets.UTF_8);

        String key;
        try (AttachmentStore.Incoming incoming = store.receive(new ByteArrayInputStream(content), 1000)) {
            assertEquals(content.length, incoming.size());
            assertEquals(sha256(content), incoming.sha256());
            key = store.keep(incoming);
        }

        assertEquals(AttachmentStore.keyOf(sha256(content)), key);
        assertTrue(key.matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}"), key);
        Path stored = store.verified(key, sha256(content));
        assertArrayEquals(content, Files.readAllBytes(stored));
        assertEquals(0, incomingFiles(store), "nothing left in incoming/");
    }

    @Test
    void identicalContentIsStoredOnce() throws Exception {
        AttachmentStore store = new AttachmentStore(root);
        byte[] content = "same".getBytes(StandardCharsets.UTF_8);

        String first = store.keep(store.receive(new ByteArrayInputStream(content), 100));
        String second = store.keep(store.receive(new ByteArrayInputStream(content), 100));

        assertEquals(first, second);
        assertEquals(1, storedFiles(store));
        assertEquals(0, incomingFiles(store));
    }

    /** Classified content leaves the store (secrecy law; seed 三); deleting what is gone already is no error. */
    @Test
    void aDeletedFileIsGoneFromTheStore() throws Exception {
        AttachmentStore store = new AttachmentStore(root);
        String key;
        try (AttachmentStore.Incoming incoming = store.receive(new ByteArrayInputStream(
                "classified".getBytes(StandardCharsets.UTF_8)), 1000)) {
            key = store.keep(incoming);
        }
        assertTrue(Files.isRegularFile(root.resolve(key)));

        store.delete(key);
        store.delete(key);

        assertFalse(Files.exists(root.resolve(key)));
        assertThrows(IllegalArgumentException.class, () -> store.delete("../../etc/passwd"));
    }

    @Test
    void readingStopsOneBytePastTheLimit() {
        AttachmentStore store = new AttachmentStore(root);
        CountingEndlessStream endless = new CountingEndlessStream();

        try (AttachmentStore.Incoming incoming = store.receive(endless, 10_000)) {
            assertEquals(10_001, incoming.size());
            assertEquals(10_001, endless.delivered, "an oversize upload is not read to its end");
        }
        assertEquals(0, incomingFiles(store), "closing an incoming file that was not kept deletes it");
    }

    @Test
    void aFileChangedOnDiskIsRefused() throws Exception {
        AttachmentStore store = new AttachmentStore(root);
        byte[] content = "original".getBytes(StandardCharsets.UTF_8);
        String key = store.keep(store.receive(new ByteArrayInputStream(content), 100));

        Files.writeString(root.resolve(key), "tampered");

        assertThrows(StoredFileDamagedException.class, () -> store.verified(key, sha256(content)));
    }

    @Test
    void aDamagedCopyIsReplacedByAFreshUploadOfTheSameContent() throws Exception {
        AttachmentStore store = new AttachmentStore(root);
        byte[] content = "original".getBytes(StandardCharsets.UTF_8);
        String key = store.keep(store.receive(new ByteArrayInputStream(content), 100));
        Files.writeString(root.resolve(key), "tampered");

        store.keep(store.receive(new ByteArrayInputStream(content), 100));

        assertArrayEquals(content, Files.readAllBytes(store.verified(key, sha256(content))));
    }

    @Test
    void aMissingFileOrAForgedKeyIsRefused() throws Exception {
        AttachmentStore store = new AttachmentStore(root);
        String sha = sha256("x".getBytes(StandardCharsets.UTF_8));

        assertThrows(StoredFileDamagedException.class, () -> store.verified(AttachmentStore.keyOf(sha), sha));
        assertThrows(StoredFileDamagedException.class, () -> store.verified("../../etc/passwd", sha));
        assertThrows(StoredFileDamagedException.class, () -> store.verified(null, sha));
    }

    @Test
    void theFilesAreOnlyForTheServersAccount() throws Exception {
        AttachmentStore store = new AttachmentStore(root);
        String key = store.keep(store.receive(new ByteArrayInputStream(new byte[] {1, 2, 3}), 100));
        if (Files.getFileStore(root).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(root.resolve(key))));
        }
    }

    private static long storedFiles(AttachmentStore store) throws IOException {
        try (Stream<Path> files = Files.walk(store.root())) {
            return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(store.root().resolve("incoming"))).count();
        }
    }

    private static long incomingFiles(AttachmentStore store) {
        Path incoming = store.root().resolve("incoming");
        if (!Files.isDirectory(incoming)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(incoming)) {
            return files.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** Delivers bytes for ever, counting them. */
    static final class CountingEndlessStream extends InputStream {
        long delivered;

        @Override
        public int read() {
            delivered++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            delivered += len;
            return len;
        }
    }
}
