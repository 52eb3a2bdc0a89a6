package cn.xxgk.letter.control;

import cn.xxgk.platform.control.MissingSettingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.FontHeaders;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A Chinese font a letter embeds. By default the fonts come with the application (the build fetches
 * them, pinned and checked, into {@code letters/fonts} of the WAR; their licences lie beside them):
 * Noto Serif SC, a Song (宋体) serif close to what official documents use, and HanaMin B for the
 * rare characters of names beyond it (CJK Extensions B to F). {@code xxgk.letters.font} may name
 * other files instead. PDFBox embeds fonts with TrueType outlines only: OpenType fonts with CFF
 * outlines (Noto CJK, Source Han) are passed over. In a collection (.ttc) the Simplified Chinese
 * member is taken, or the one named after {@code #} (e.g. {@code uming.ttc#UMingCN}).
 */
public final class LetterFont {

    /** Prefix of a font inside the application rather than a file of the server. */
    public static final String CLASSPATH = "classpath:";

    /** The font the letters embed unless xxgk.letters.font says otherwise: inside the application. */
    public static final String DEFAULT_CANDIDATES = CLASSPATH + "letters/fonts/NotoSerifSC_400Regular.ttf";

    /** The fallback for the rare characters of names (Extensions B to F): inside the application. */
    public static final String DEFAULT_FALLBACKS = CLASSPATH + "letters/fonts/HanaMinB.ttf";

    /** The setting that names the letters' font; the message of a missing font points to it. */
    public static final String SETTING = "xxgk.letters.font";

    private static final Logger LOG = Logger.getLogger(LetterFont.class.getName());

    /** Parsed fonts kept for reuse: about as many as letters are rendered at once. */
    private static final int MAX_IDLE = 4;

    /**
     * How long a parsed font waits for the next letter. A parsed CJK font holds some 50 MB of heap
     * (the file, its glyph table and its character map); letters come in bursts (a day's replies,
     * a batch of notices) and are rare in between, so a copy nobody asked for within a minute is let go.
     */
    static final Duration IDLE_FOR = Duration.ofMinutes(1);

    private final Path file;
    private final String member;
    private final Cache<Long, Opened> idle;
    private final AtomicLong returns = new AtomicLong();

    private LetterFont(Path file, String member) {
        this(file, member, Ticker.systemTicker());
    }

    /** With the clock that times idle copies (the tests move it). */
    LetterFont(Path file, String member, Ticker ticker) {
        this.file = file;
        this.member = member;
        this.idle = Caffeine.newBuilder().maximumSize(MAX_IDLE).expireAfterWrite(IDLE_FOR).ticker(ticker)
                .scheduler(Scheduler.systemScheduler())
                .removalListener((Long returned, Opened opened, RemovalCause cause) -> {
                    if (cause.wasEvicted() && opened != null) {
                        opened.release();
                    }
                })
                .build();
    }

    /**
     * The first usable font of the candidates (paths, each optionally with {@code #member}).
     *
     * @throws MissingSettingException naming every path tried and why, when none is usable: no letter
     *         can be issued, and the step that wanted one is refused with this (503 on the API)
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
        String tried = String.join("; ", refusals);
        LOG.severe(() -> "No Chinese font with TrueType outlines for the letters: no letter can be issued. Tried: "
                + tried + ". Set " + SETTING + " to a .ttf/.ttc file with TrueType outlines, or remove it to use the"
                + " font inside the application.");
        throw new MissingSettingException("letter.unavailable.font", tried, SETTING);
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
                    + ". Names with characters beyond the main font cannot be printed.");
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
        String location = hash < 0 ? spec : spec.substring(0, hash);
        String wanted = hash < 0 ? null : spec.substring(hash + 1);
        try {
            Optional<Path> path = location.startsWith(CLASSPATH) ? BundledFonts.file(location.substring(CLASSPATH.length()))
                    : Optional.of(Path.of(location)).filter(Files::isReadable);
            if (path.isEmpty()) {
                refusals.add(location + ": not found");
                return Optional.empty();
            }
            return Optional.of(inspect(path.get(), wanted));
        } catch (IOException | RuntimeException unusable) {
            refusals.add(location + ": " + unusable.getMessage());
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
        idle.cleanUp();
        for (Long returned : idle.asMap().keySet()) {
            Opened opened = idle.asMap().remove(returned);
            if (opened != null) {
                return new Lease(opened);
            }
        }
        return new Lease(open());
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

        void release() {
            try {
                source.close();
            } catch (IOException ignored) {
                LOG.log(Level.FINE, "A parsed letter font could not be closed", ignored);
            }
        }
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
        public void close() {
            idle.put(returns.incrementAndGet(), opened);
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
