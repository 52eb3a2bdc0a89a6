package cn.xxgk.letter.control;

import cn.xxgk.platform.control.InvalidInputException;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a letter as an A4 PDF: checks the data ({@link LetterCheck}), fills the kind's template
 * ({@link LetterTemplates}) and lays the XHTML out with openhtmltopdf on PDFBox, embedding the
 * system's Chinese font ({@link LetterFont}) as a subset, so the letter prints the same anywhere.
 * The font is looked up on first use, so that a machine without it still runs everything else and
 * says clearly what is missing when a letter is asked for. Thread-safe.
 */
@ApplicationScoped
public class LetterRenderer {

    /** The family name the stylesheet asks for; it is always the embedded font. */
    static final String FONT_FAMILY = "LetterSerif";

    /** The output intent PDF/A asks for: the JDK's own sRGB profile. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static final String PRODUCER = "xxgk 政府信息公开管理系统";

    static {
        XRLog.setLoggerImpl(new WarningsOnly());
    }

    @Inject
    @ConfigProperty(name = "xxgk.letters.font", defaultValue = LetterFont.DEFAULT_CANDIDATES)
    List<String> fontCandidates;

    private final LetterTemplates templates = new LetterTemplates();
    private volatile LetterFont font;

    protected LetterRenderer() {
        // for CDI
    }

    /** A renderer taking the first usable font of these paths (see {@link LetterFont#locate}). */
    public LetterRenderer(List<String> fontCandidates) {
        this.fontCandidates = List.copyOf(fontCandidates);
    }

    /**
     * The PDF of a letter.
     *
     * @throws cn.xxgk.platform.control.InvalidInputException when the letter lacks what its kind needs
     * @throws IllegalStateException when no usable font is installed
     */
    public byte[] render(LetterKind kind, LetterData data) {
        LetterCheck.check(kind, data);
        String xhtml = templates.xhtml(kind, data);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try (LetterFont.Lease lease = font().lease(); PDDocument document = new PDDocument()) {
            refuseUnprintable(lease.font(), data);
            PDType0Font embedded = PDType0Font.load(document, lease.font(), true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(embedded), FONT_FAMILY);
            // PDF/A-2u: fit for the archive, text extractable as Unicode, and no font but the
            // embedded one (openhtmltopdf then registers none of the 14 standard PDF fonts).
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB);
            // A letter is made of its template alone: nothing is fetched from files or the network.
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer(PRODUCER);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException failure) {
            throw new UncheckedIOException("Letter " + kind + " for request " + data.requestNumber() + " could not be rendered", failure);
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
     * A character the font has no glyph for would be printed as "#": a letter with a wrong name is
     * worse than none, so it is refused, naming the characters (rare characters of names in CJK
     * Extension B and beyond, emoji). Control characters are dropped by the templates anyway.
     */
    static void refuseUnprintable(TrueTypeFont font, LetterData data) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        Set<String> missing = new LinkedHashSet<>();
        for (String text : data.texts()) {
            text.codePoints()
                    .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c) && cmap.getGlyphId(c) == 0)
                    .forEach(c -> missing.add(Character.toString(c)));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("letter.invalid.unprintable", String.join(" ", missing));
        }
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
