package cn.xxgk.archive.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package is written once (temp folder, atomic rename) with a SHA-256 manifest; verification
 * recomputes every checksum and names the first file that differs, is missing or was added.
 */
class PackageTest {

    private static final ArchiveNumber NUMBER = new ArchiveNumber(2026, Retention.D10, "MB1532375", 1);

    @TempDir
    Path root;

    private PackageWriter.Written write() {
        return new PackageWriter(root).write(NUMBER, bytes("%PDF-1.7 sheet"), bytes("{\"a\":1}"), List.of(
                new Dossier.Document("letters", "受理回执 郑大数据依申〔2026〕1号.pdf", bytes("letter one")),
                new Dossier.Document("attachments", "../../etc/passwd", bytes("attachment"))));
    }

    private Optional<PackageVerifier.Mismatch> verify(PackageVerifier.Sealed sealed) throws IOException {
        return new PackageVerifier(root).verify(sealed, new int[1]);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theManifestListsTheSha256OfEveryFileInSha256sumForm() throws IOException {
        PackageWriter.Written written = write();

        Path folder = root.resolve("2026/2026-D10-MB1532375-0001");
        assertEquals("2026/2026-D10-MB1532375-0001", written.directory());
        List<String> lines = Files.readAllLines(folder.resolve(Manifest.FILE_NAME));
        assertEquals(List.of(
                Manifest.sha256(bytes("%PDF-1.7 sheet")) + "  record.pdf",
                Manifest.sha256(bytes("{\"a\":1}")) + "  record.json",
                Manifest.sha256(bytes("letter one")) + "  letters/01-受理回执 郑大数据依申〔2026〕1号.pdf",
                Manifest.sha256(bytes("attachment")) + "  attachments/02-__.._etc_passwd"), lines);
        assertEquals(Manifest.sha256(Files.readAllBytes(folder.resolve(Manifest.FILE_NAME))), written.manifestSha256());
        assertEquals(5, written.fileCount());
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(List.of(root.resolve("2026")), left.toList(), "no temporary folder left behind");
        }
    }

    @Test
    void anUntouchedPackageVerifies() throws IOException {
        PackageWriter.Written w = write();
        int[] files = {0};
        assertFalse(new PackageVerifier(root).verify(sealed(w), files).isPresent());
        assertEquals(5, files[0]);
    }

    @Test
    void aChangedFileIsNamed() throws IOException {
        PackageWriter.Written w = write();
        Files.writeString(root.resolve(w.directory()).resolve("letters/01-受理回执 郑大数据依申〔2026〕1号.pdf"), "forged");

        PackageVerifier.Mismatch m = verify(sealed(w)).orElseThrow();
        assertEquals(new PackageVerifier.Mismatch("2026-D10-MB1532375-0001", "letters/01-受理回执 郑大数据依申〔2026〕1号.pdf",
                PackageVerifier.Problem.FILE_CHANGED), m);
    }

    @Test
    void aChangedManifestIsFoundEvenWhenItsLinesAgreeWithTheFiles() throws IOException {
        PackageWriter.Written w = write();
        Path folder = root.resolve(w.directory());
        Files.writeString(folder.resolve("record.json"), "{\"a\":2}");
        String manifest = Files.readString(folder.resolve(Manifest.FILE_NAME))
                .replace(Manifest.sha256(bytes("{\"a\":1}")), Manifest.sha256(bytes("{\"a\":2}")));
        Files.writeString(folder.resolve(Manifest.FILE_NAME), manifest);

        assertEquals(PackageVerifier.Problem.MANIFEST_CHANGED, verify(sealed(w)).orElseThrow().problem());
    }

    @Test
    void aRemovedOrAddedFileAndAMissingPackageAreNamed() throws IOException {
        PackageWriter.Written w = write();
        Path folder = root.resolve(w.directory());
        Files.writeString(folder.resolve("extra.txt"), "added");
        assertEquals(new PackageVerifier.Mismatch(NUMBER.toString(), "extra.txt", PackageVerifier.Problem.FILE_ADDED),
                verify(sealed(w)).orElseThrow());
        Files.delete(folder.resolve("record.pdf"));
        assertEquals(new PackageVerifier.Mismatch(NUMBER.toString(), "record.pdf", PackageVerifier.Problem.FILE_MISSING),
                verify(sealed(w)).orElseThrow());
        assertEquals(PackageVerifier.Problem.PACKAGE_MISSING,
                verify(new PackageVerifier.Sealed("x", "2026/none", w.manifestSha256())).orElseThrow().problem());
        assertEquals(PackageVerifier.Problem.PACKAGE_MISSING,
                verify(new PackageVerifier.Sealed("x", "../..", w.manifestSha256())).orElseThrow().problem());
    }

    @Test
    void aLeftoverFolderOfARolledBackSealingIsMovedAsideNotOverwritten() throws IOException {
        Path leftover = root.resolve("2026/2026-D10-MB1532375-0001");
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve("record.pdf"), "from a sealing that rolled back");

        PackageWriter.Written w = write();

        assertFalse(verify(sealed(w)).isPresent());
        try (Stream<Path> aside = Files.list(root)) {
            assertTrue(aside.anyMatch(p -> p.getFileName().toString().startsWith(".abandoned-2026-D10-MB1532375-0001-")));
        }
    }

    private static PackageVerifier.Sealed sealed(PackageWriter.Written w) {
        return new PackageVerifier.Sealed(NUMBER.toString(), w.directory(), w.manifestSha256());
    }
}
