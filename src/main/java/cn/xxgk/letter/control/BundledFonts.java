package cn.xxgk.letter.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts that come with the application ({@code letters/fonts} of the WAR's classes, put there by
 * the build with their licences), as files: PDFBox reads a font by random access, and reads only
 * the glyphs a letter uses. An exploded WAR (Payara, the unit tests) has them as files already; from
 * inside an archive one is copied once to a temporary file, deleted when the server stops.
 */
final class BundledFonts {

    private static final Map<String, Path> COPIES = new ConcurrentHashMap<>();

    private BundledFonts() {
    }

    /** The file of a font inside the application, or empty when the application has no such resource. */
    static Optional<Path> file(String resource) throws IOException {
        URL url = BundledFonts.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Optional.of(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException notAPath) {
                // fall through to a copy
            }
        }
        Path copy = COPIES.get(resource);
        if (copy == null || !Files.isReadable(copy)) {
            copy = copy(url, resource);
            COPIES.put(resource, copy);
        }
        return Optional.of(copy);
    }

    private static Path copy(URL url, String resource) throws IOException {
        String name = Path.of(resource).getFileName().toString();
        Path copy = Files.createTempFile("xxgk-letter-font-", "-" + name);
        copy.toFile().deleteOnExit();
        try (InputStream in = url.openStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
