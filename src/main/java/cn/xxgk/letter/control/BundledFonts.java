package cn.xxgk.letter.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts that come with the application ({@code letters/fonts} of the WAR's classes, put there by
 * the build with their licences), as files: PDFBox reads a font by random access, and reads only
 * the glyphs a letter uses. An exploded WAR (Payara, the unit tests) has them as files already; from
 * inside an archive one is copied once to a temporary file, deleted when the server stops.
 *
 * <p>A font is looked up beside the application's classes before the class loader is asked: Payara's
 * web-application class loader keeps the whole content of every resource it has found for the life of the
 * application (45 MB for the two fonts, seen in a heap dump), while PDFBox reads the file itself anyway.
 */
final class BundledFonts {

    private static final Map<String, Path> COPIES = new ConcurrentHashMap<>();

    private BundledFonts() {
    }

    /** The file of a font inside the application, or empty when the application has no such resource. */
    static Optional<Path> file(String resource) throws IOException {
        Optional<Path> besideClasses = besideClasses(resource);
        if (besideClasses.isPresent()) {
            return besideClasses;
        }
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

    /** The resource as a file of the directory the application's classes are in, when they are in one. */
    private static Optional<Path> besideClasses(String resource) {
        try {
            CodeSource source = BundledFonts.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
                return Optional.empty();
            }
            Path classes = Path.of(source.getLocation().toURI());
            return Files.isDirectory(classes) ? Optional.of(classes.resolve(resource)).filter(Files::isReadable) : Optional.empty();
        } catch (URISyntaxException | RuntimeException notADirectory) {
            return Optional.empty();
        }
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
