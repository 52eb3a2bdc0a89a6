package cn.xxgk.archive.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A package's manifest, {@code manifest.sha256}: one line per file, "SHA-256 (hex), two spaces, the
 * path in the package" in the order the files were written, the format of GNU {@code sha256sum}
 * (so {@code sha256sum -c manifest.sha256} checks a package without the application). The package
 * row keeps the SHA-256 of the manifest itself, so a changed manifest is found too.
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.sha256";

    private final Map<String, String> entries;

    private Manifest(Map<String, String> entries) {
        this.entries = entries;
    }

    /** The manifest of these paths and their SHA-256, in this order. */
    public static Manifest of(Map<String, String> sha256ByPath) {
        return new Manifest(new LinkedHashMap<>(sha256ByPath));
    }

    /** Reads a manifest; a line not of the form is IllegalArgumentException. */
    public static Manifest parse(byte[] text) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() < 67 || !line.substring(0, 64).matches("[0-9a-f]{64}") || !line.startsWith("  ", 64)) {
                throw new IllegalArgumentException("not a manifest line: " + line);
            }
            entries.put(line.substring(66), line.substring(0, 64));
        }
        return new Manifest(entries);
    }

    /** Path → SHA-256 (hex), in order. */
    public Map<String, String> entries() {
        return Map.copyOf(entries);
    }

    /** The paths in order. */
    public Iterable<String> paths() {
        return entries.keySet();
    }

    public String sha256Of(String path) {
        return entries.get(path);
    }

    public int size() {
        return entries.size();
    }

    /** The manifest as written to the package. */
    public byte[] bytes() {
        StringBuilder out = new StringBuilder();
        entries.forEach((path, sha) -> out.append(sha).append("  ").append(path).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** SHA-256 as lowercase hex. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
