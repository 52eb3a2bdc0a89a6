package cn.xxgk.letter.control;

import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.MissingSettingException;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a letter as an A4 PDF: checks the data ({@link LetterCheck}), fills the kind's template
 * ({@link LetterTemplates}) and lays the XHTML out with openhtmltopdf on PDFBox, embedding the
 * Chinese font that comes with the application ({@link LetterFont}) as a subset, so the letter prints
 * the same anywhere. The font is opened on first use, not at start-up: a server whose configured font
 * is missing or broken still runs everything else, and a step that wanted a letter is refused with a
 * message saying so ({@code letter.unavailable.*}, 503 on the API) and changes nothing. Thread-safe.
 */
@ApplicationScoped
public class LetterRenderer {

    /** The family name the stylesheet asks for; it is always the embedded font. */
    static final String FONT_FAMILY = "LetterSerif";

    /**
     * The families the stylesheet lists after {@link #FONT_FAMILY}, numbered from 1: a character the
     * main font lacks is drawn in the first of them that has it.
     */
    static final String FALLBACK_FAMILY = "LetterFallback";

    /** As many fallback families as the stylesheet lists. */
    static final int MAX_FALLBACKS = 3;

    /** The output intent PDF/A asks for: the JDK's own sRGB profile. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static final String PRODUCER = "xxgk 政府信息公开管理系统";

    private static final Logger LOG = Logger.getLogger(LetterRenderer.class.getName());

    static {
        XRLog.setLoggerImpl(new WarningsOnly());
    }

    @Inject
    @ConfigProperty(name = "xxgk.letters.font", defaultValue = LetterFont.DEFAULT_CANDIDATES)
    List<String> fontCandidates;

    /** Fonts for the rare characters of names (CJK Extension B and beyond); "none" for none. */
    @Inject
    @ConfigProperty(name = "xxgk.letters.fallback-fonts", defaultValue = LetterFont.DEFAULT_FALLBACKS)
    List<String> fallbackCandidates;

    private final LetterTemplates templates = new LetterTemplates();
    private volatile LetterFont font;
    private volatile List<LetterFont> fallbacks;

    protected LetterRenderer() {
        // for CDI
    }

    /** A renderer taking the first usable font of these paths (see {@link LetterFont#locate}), with no fallback. */
    public LetterRenderer(List<String> fontCandidates) {
        this(fontCandidates, List.of());
    }

    /** A renderer with fonts for the characters the first usable font of fontCandidates lacks. */
    public LetterRenderer(List<String> fontCandidates, List<String> fallbackCandidates) {
        this.fontCandidates = List.copyOf(fontCandidates);
        this.fallbackCandidates = List.copyOf(fallbackCandidates);
    }

    /**
     * The PDF of a letter.
     *
     * @throws cn.xxgk.platform.control.InvalidInputException when the letter lacks what its kind needs
     * @throws MissingSettingException when the letter cannot be rendered: no usable font, or the font
     *         or the layout failed (logged); the caller's step is then rolled back
     */
    public byte[] render(LetterKind kind, LetterData data) {
        LetterCheck.check(kind, data);
        return layout(templates.xhtml(kind, data), data.texts(), "Letter " + kind + " for request " + data.requestNumber());
    }

    /**
     * Another component's document (the annual report) laid out like the letters: A4, PDF/A-2u, the
     * same embedded font (its stylesheet names the family {@value #FONT_FAMILY}), nothing fetched.
     *
     * @param texts what the document prints from user input, checked for characters no font has
     * @param what  names the document in the log when it fails
     */
    public byte[] renderDocument(String xhtml, List<String> texts, String what) {
        return layout(xhtml, texts, what);
    }

    /**
     * The PDF/A of a record sheet (the archive's copy of a request or an item), with the letters'
     * fonts; refused like a letter when a character has no font.
     */
    public byte[] render(RecordSheet sheet) {
        return layout(templates.xhtml(sheet), sheet.texts(), "Record sheet " + sheet.reference());
    }

    private byte[] layout(String xhtml, List<String> texts, String what) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try (FontSet fonts = fontsFor(texts); PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            for (int i = 0; i < fonts.leases.size(); i++) {
                PDType0Font embedded = PDType0Font.load(document, fonts.leases.get(i).font(), true);
                builder.useFont(new PDFontSupplier(embedded), i == 0 ? FONT_FAMILY : FALLBACK_FAMILY + i);
            }
            // PDF/A-2u: fit for the archive, text extractable as Unicode, and no font but the
            // embedded ones (openhtmltopdf then registers none of the 14 standard PDF fonts).
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB);
            // A letter is made of its template alone: nothing is fetched from files or the network.
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer(PRODUCER);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (InvalidInputException | MissingSettingException refusal) {
            throw refusal;
        } catch (IOException | RuntimeException failure) {
            LOG.log(Level.SEVERE, what + " could not be rendered", failure);
            throw new MissingSettingException("letter.unavailable.render", String.valueOf(failure.getMessage()), LetterFont.SETTING);
        }
        return pdf.toByteArray();
    }

    /**
     * openhtmltopdf's own log: its progress notes are not worth four lines per letter in the server
     * log, its warnings are. (The library logs through one static logger; letters are its only user.)
     */
    static final class WarningsOnly implements XRLogger {

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
        }

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable failure) {
            if (level.intValue() >= Level.WARNING.intValue()) {
                Logger.getLogger(where).log(level, message, failure);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
            // the threshold is fixed
        }
    }

    /**
     * The main font, and the fallbacks that have characters of this letter the main font lacks
     * (most letters need none, and the large fallback fonts are then not even opened). A character
     * no font has would be printed as "#": a letter with a wrong name is worse than none, so it is
     * refused, naming the characters (emoji, or a character too new for the fonts installed).
     * Whitespace and control characters are not printed as glyphs (the templates drop the latter).
     */
    FontSet fontsFor(LetterData data) throws IOException {
        return fontsFor(data.texts());
    }

    FontSet fontsFor(List<String> texts) throws IOException {
        FontSet fonts = new FontSet();
        try {
            fonts.leases.add(font().lease());
            Set<Integer> missing = new LinkedHashSet<>();
            CmapLookup main = fonts.leases.getFirst().font().getUnicodeCmapLookup();
            for (String text : texts) {
                text.codePoints()
                        .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c) && main.getGlyphId(c) == 0)
                        .forEach(missing::add);
            }
            for (LetterFont fallback : fallbacks()) {
                if (missing.isEmpty()) {
                    break;
                }
                LetterFont.Lease lease = fallback.lease();
                CmapLookup cmap = lease.font().getUnicodeCmapLookup();
                if (missing.removeIf(c -> cmap.getGlyphId(c) != 0)) {
                    fonts.leases.add(lease);
                } else {
                    lease.close();
                }
            }
            if (!missing.isEmpty()) {
                throw new InvalidInputException("letter.invalid.unprintable",
                        missing.stream().map(Character::toString).collect(Collectors.joining(" ")));
            }
            return fonts;
        } catch (IOException | RuntimeException failure) {
            fonts.close();
            throw failure;
        }
    }

    /** The fonts lent to one letter: the main one first, then the fallbacks it needs; closing hands them back. */
    static final class FontSet implements Closeable {

        final List<LetterFont.Lease> leases = new ArrayList<>();

        /** How many fonts the letter embeds. */
        int size() {
            return leases.size();
        }

        @Override
        public void close() throws IOException {
            for (LetterFont.Lease lease : leases) {
                lease.close();
            }
        }
    }

    /** The fallback fonts that are installed, looked up once (at most {@link #MAX_FALLBACKS}). */
    List<LetterFont> fallbacks() {
        List<LetterFont> located = fallbacks;
        if (located == null) {
            synchronized (this) {
                located = fallbacks;
                if (located == null) {
                    List<String> candidates = fallbackCandidates.stream().filter(c -> !c.isBlank() && !c.strip().equals("none")).toList();
                    if (candidates.size() > MAX_FALLBACKS) {
                        LOG.warning(() -> "xxgk.letters.fallback-fonts names " + candidates.size() + " fonts; the letters'"
                                + " stylesheet has room for " + MAX_FALLBACKS + ": the first " + MAX_FALLBACKS + " are used");
                    }
                    located = LetterFont.locateAll(candidates.stream().limit(MAX_FALLBACKS).toList());
                    fallbacks = located;
                }
            }
        }
        return located;
    }

    /** The font letters embed, looked up once. */
    public LetterFont font() {
        LetterFont located = font;
        if (located == null) {
            synchronized (this) {
                located = font;
                if (located == null) {
                    located = LetterFont.locate(fontCandidates);
                    font = located;
                }
            }
        }
        return located;
    }
}
