package cn.xxgk.archive.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes a package once: every file into a fresh hidden folder under the archive directory, the
 * manifest last, each file forced to disk, then the folder moved to its final name
 * ({@code <year>/<archive number>}) in one atomic rename. A reader never sees half a package; a
 * crash leaves only a hidden temporary folder with a random name, which nothing reads. A folder already at the final name without its database row
 * is the leftover of a sealing whose transaction rolled back (its number was rolled back too): it is
 * moved aside as {@code .abandoned-<number>-<uuid>}, never overwritten.
 */
public final class PackageWriter {

    /** What was written. */
    public record Written(String directory, String manifestSha256, int fileCount, long sizeBytes) {
    }

    private final Path root;

    public PackageWriter(Path root) {
        this.root = root;
    }

    /**
     * Writes the package of a dossier: record.pdf, record.json, its documents, manifest.sha256.
     *
     * @return the folder relative to the archive directory, the manifest's SHA-256, files and bytes (manifest included)
     */
    public Written write(ArchiveNumber number, byte[] recordPdf, byte[] recordJson, Iterable<Dossier.Document> documents) {
        String directory = number.year() + "/" + number;
        Path target = root.resolve(directory);
        Path temp = root.resolve(".writing-" + UUID.randomUUID());
        try {
            Files.createDirectories(target.getParent());
            Files.createDirectories(temp);
            Map<String, String> manifest = new LinkedHashMap<>();
            long size = 0;
            size += put(temp, "record.pdf", recordPdf, manifest);
            size += put(temp, "record.json", recordJson, manifest);
            int n = 0;
            for (Dossier.Document document : documents) {
                n++;
                String path = safe(document.folder()) + "/" + String.format("%02d-", n) + safe(document.name());
                size += put(temp, path, document.content(), manifest);
            }
            byte[] manifestBytes = Manifest.of(manifest).bytes();
            write(temp.resolve(Manifest.FILE_NAME), manifestBytes);
            size += manifestBytes.length;
            if (Files.exists(target)) {
                move(target, root.resolve(".abandoned-" + number + "-" + UUID.randomUUID()));
            }
            move(temp, target);
            return new Written(directory, Manifest.sha256(manifestBytes), manifest.size() + 1, size);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("archive package " + number + " could not be written under " + root, e);
        }
    }

    private static long put(Path folder, String path, byte[] content, Map<String, String> manifest) throws IOException {
        if (manifest.containsKey(path)) {
            throw new IllegalArgumentException("two files at " + path);
        }
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        write(file, content);
        manifest.put(path, Manifest.sha256(content));
        return content.length;
    }

    private static void write(Path file, byte[] content) throws IOException {
        try (var channel = Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SYNC)) {
            channel.write(java.nio.ByteBuffer.wrap(content));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the archive directory does not allow an atomic rename: " + from.getParent(), e);
        }
    }

    /**
     * A name safe in a path and in a ZIP: no folder separators, no control characters, no leading
     * dot, at most 100 characters (the extension kept).
     */
    static String safe(String name) {
        String cleaned = name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.+", "_");
        if (cleaned.isEmpty()) {
            return "_";
        }
        if (cleaned.length() > 100) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, 100 - extension.length()) + extension;
        }
        return cleaned;
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a hidden leftover folder harms nothing
        }
    }
}
