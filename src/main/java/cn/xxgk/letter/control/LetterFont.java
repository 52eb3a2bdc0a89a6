package cn.xxgk.letter.control;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.FontHeaders;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The Chinese font every letter embeds, taken from the system (Debian packages), never from the
 * repository. PDFBox embeds fonts with TrueType outlines only: OpenType fonts with CFF outlines
 * (Noto CJK, Source Han) are passed over. The default is AR PL UMing (Debian fonts-arphic-uming), a
 * Ming (宋体) serif close to what official documents use; in a collection (.ttc) the Simplified
 * Chinese member is taken, or the one named after {@code #} (e.g. {@code uming.ttc#UMingCN}).
 */
public final class LetterFont {

    /** Where Debian puts the TrueType CJK fonts, best first. */
    public static final String DEFAULT_CANDIDATES = "/usr/share/fonts/truetype/arphic/uming.ttc,"
            + "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf,"
            + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,"
            + "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /** The Debian package the error message asks for. */
    public static final String DEBIAN_PACKAGE = "fonts-arphic-uming";

    /**
     * Where Debian puts HanaMin (花园明朝, fonts-hanazono): A has the unified ideographs and
     * Extension A, B the Extensions B to F, where the rare characters of some people's names are.
     */
    public static final String DEFAULT_FALLBACKS = "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf,"
            + "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf";

    /** The Debian package the warning about missing fallbacks asks for. */
    public static final String FALLBACK_DEBIAN_PACKAGE = "fonts-hanazono";

    private static final Logger LOG = Logger.getLogger(LetterFont.class.getName());

    /** Parsed fonts kept for reuse: about as many as letters are rendered at once. */
    private static final int MAX_IDLE = 4;

    private final Path file;
    private final String member;
    private final Queue<Opened> idle = new ConcurrentLinkedQueue<>();

    private LetterFont(Path file, String member) {
        this.file = file;
        this.member = member;
    }

    /**
     * The first usable font of the candidates (paths, each optionally with {@code #member}).
     *
     * @throws IllegalStateException naming every path tried and why, when none is usable
     */
    public static LetterFont locate(List<String> candidates) {
        List<String> refusals = new ArrayList<>();
        for (String candidate : candidates) {
            Optional<LetterFont> font = find(candidate, refusals);
            if (font.isPresent()) {
                LOG.info(() -> "Letters embed the font " + font.get());
                return font.get();
            }
        }
        throw new IllegalStateException("No Chinese font with TrueType outlines for the letters. Tried: "
                + String.join("; ", refusals) + ". Install the Debian package " + DEBIAN_PACKAGE
                + " (apt-get install " + DEBIAN_PACKAGE + ") or set xxgk.letters.font to a .ttf/.ttc file.");
    }

    /**
     * Every usable font of the candidates, in their order, for the characters the main font lacks.
     * A fallback is optional: one that is not installed is logged and left out.
     */
    public static List<LetterFont> locateAll(List<String> candidates) {
        List<LetterFont> fonts = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (String candidate : candidates) {
            find(candidate, refusals).ifPresent(fonts::add);
        }
        if (!refusals.isEmpty()) {
            LOG.warning(() -> "Fallback fonts for rare characters left out: " + String.join("; ", refusals)
                    + ". Names with characters beyond the main font cannot be printed; install the Debian package "
                    + FALLBACK_DEBIAN_PACKAGE + ".");
        }
        LOG.info(() -> "Letters fall back to the fonts " + fonts);
        return List.copyOf(fonts);
    }

    /** The font a candidate ({@code path} or {@code path#member}) names, or why it is unusable (added to refusals). */
    private static Optional<LetterFont> find(String candidate, List<String> refusals) {
        String spec = candidate.strip();
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        int hash = spec.indexOf('#');
        Path path = Path.of(hash < 0 ? spec : spec.substring(0, hash));
        String wanted = hash < 0 ? null : spec.substring(hash + 1);
        if (!Files.isReadable(path)) {
            refusals.add(path + ": not found");
            return Optional.empty();
        }
        try {
            return Optional.of(inspect(path, wanted));
        } catch (IOException | RuntimeException unusable) {
            refusals.add(path + ": " + unusable.getMessage());
            return Optional.empty();
        }
    }

    /** Reads the table headers only: a CJK font has some 20 MB of glyphs that need not be read here. */
    private static LetterFont inspect(Path path, String wanted) throws IOException {
        List<FontHeaders> headers = new ArrayList<>();
        if (isCollection(path)) {
            TrueTypeCollection.processAllFontHeaders(path.toFile(), headers::add);
        } else if (startsWithOtto(path)) {
            throw new IllegalArgumentException("OpenType with CFF (PostScript) outlines, which PDFBox cannot embed");
        } else {
            try (RandomAccessReadBufferedFile file = new RandomAccessReadBufferedFile(path.toFile())) {
                headers.add(new TTFParser().parseTableHeaders(file));
            }
        }
        List<String> members = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (FontHeaders font : headers) {
            if (font.getError() != null) {
                refused.add(font.getError());
            } else if (font.isOpenTypePostScript()) {
                refused.add(font.getName() + " has CFF (PostScript) outlines, which PDFBox cannot embed");
            } else {
                members.add(font.getName());
            }
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException(refused.isEmpty() ? "no font in the file" : refused.getFirst());
        }
        if (!isCollection(path)) {
            return new LetterFont(path, null);
        }
        if (wanted != null) {
            if (!members.contains(wanted)) {
                throw new IllegalArgumentException("no member " + wanted + " (it has " + members + ")");
            }
            return new LetterFont(path, wanted);
        }
        return new LetterFont(path, members.stream().filter(LetterFont::simplifiedChinese).findFirst().orElse(members.getFirst()));
    }

    /** UMingCN, ...SC, ...GB: the members drawn in mainland (Simplified Chinese) glyph forms. */
    private static boolean simplifiedChinese(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.endsWith("CN") || upper.contains("SC") || upper.contains("GB");
    }

    /** An OpenType font whose outlines are CFF starts with the tag OTTO (TrueType: 0x00010000 or true). */
    private static boolean startsWithOtto(Path path) throws IOException {
        try (var in = Files.newInputStream(path)) {
            return new String(in.readNBytes(4), java.nio.charset.StandardCharsets.ISO_8859_1).equals("OTTO");
        }
    }

    private static boolean isCollection(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
    }

    /**
     * The font for one document, to close after the document is saved (subsetting reads it then).
     * Parsing the font takes far longer than laying out a letter, so parsed fonts are kept for the
     * next letter; one is never used by two documents at once.
     */
    public Lease lease() throws IOException {
        Opened opened = idle.poll();
        return new Lease(opened != null ? opened : open());
    }

    private Opened open() throws IOException {
        File source = file.toFile();
        if (member == null) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(source));
            return new Opened(font, font);
        }
        TrueTypeCollection collection = new TrueTypeCollection(source);
        try {
            return new Opened(collection.getFontByName(member), collection);
        } catch (IOException | RuntimeException failure) {
            collection.close();
            throw failure;
        }
    }

    /** A parsed font and what must be closed to release its file. */
    private record Opened(TrueTypeFont font, Closeable source) {
    }

    /** A font lent to one document; closing it hands it back for the next one. */
    public final class Lease implements Closeable {

        private final Opened opened;

        private Lease(Opened opened) {
            this.opened = opened;
        }

        public TrueTypeFont font() {
            return opened.font();
        }

        @Override
        public void close() throws IOException {
            if (idle.size() < MAX_IDLE) {
                idle.offer(opened);
            } else {
                opened.source().close();
            }
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public String toString() {
        return member == null ? file.toString() : file + "#" + member;
    }
}
