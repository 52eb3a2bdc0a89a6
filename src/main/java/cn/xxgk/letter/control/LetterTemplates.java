package cn.xxgk.letter.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Fills the letter templates (Mustache, resources under {@code letters/}) with a letter's data and
 * gives the XHTML the renderer lays out. Every value is escaped for XML, and characters XML cannot
 * carry (control characters pasted from other programs) are dropped, so that nothing a user typed
 * can add markup to a letter or break it. Thread-safe: templates are compiled once and cached.
 */
public final class LetterTemplates {

    /** Dates as official documents write them: 2026年11月25日 (GB/T 9704, Arabic numerals). */
    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.SIMPLIFIED_CHINESE);

    private static final String BUNDLE = "i18n.messages";

    private final DefaultMustacheFactory factory = new EscapingFactory("letters");

    /** The XHTML of a letter (checked with {@link LetterCheck} first). */
    public String xhtml(LetterKind kind, LetterData data) {
        Mustache template = compile(kind.template(data.outcome()) + ".html");
        StringWriter out = new StringWriter(8 * 1024);
        template.execute(out, scope(kind, data));
        return out.toString();
    }

    /** The XHTML of a record sheet (the archive's printed copy of a request or an item). */
    public String xhtml(RecordSheet sheet) {
        StringWriter out = new StringWriter(16 * 1024);
        compile("record-sheet.html").execute(out, sheet.scope());
        return out.toString();
    }

    /** The Chinese title of a kind of letter, as the letter is headed (also shown on screens and in enclosure lists). */
    public static String kindTitle(LetterKind kind) {
        return ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE).getString("letter.kind." + kind.name());
    }

    /** The Chinese label of an outcome, as the annual report names it (also shown on screens). */
    public static String outcomeLabel(ReplyWording outcome) {
        return ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE).getString("letter.outcome." + outcome.name());
    }

    private Mustache compile(String name) {
        try {
            return factory.compile(name);
        } catch (MustacheException missing) {
            throw new IllegalStateException("Letter template " + name + " cannot be compiled", missing);
        }
    }

    private static Map<String, Object> scope(LetterKind kind, LetterData data) {
        Map<String, Object> scope = new HashMap<>();
        put(scope, "agencyName", data.agencyName());
        put(scope, "organisationCode", data.organisationCode());
        put(scope, "letterNumber", data.letterNumber());
        put(scope, "letterDate", data.letterDate());
        put(scope, "agencyContact", data.agencyContact());
        put(scope, "reviewBody", data.reviewBody());
        put(scope, "applicantName", data.applicantName());
        put(scope, "requestNumber", data.requestNumber());
        put(scope, "queryCode", data.queryCode());
        put(scope, "receivedDate", data.receivedDate());
        put(scope, "informationSought", data.informationSought());
        put(scope, "details", data.details());
        scope.put("detailsParagraphs", paragraphs(data.details()));
        put(scope, "informationProvided", data.informationProvided());
        put(scope, "dueDate", data.dueDate());
        put(scope, "respondBy", data.respondBy());
        put(scope, "extensionDays", data.extensionDays());
        put(scope, "remainingWorkingDays", data.remainingWorkingDays());
        // the statutory periods come from the deadline kinds, written as official letters write them
        kind.answerPeriod().ifPresent(period -> scope.put("answerWorkingDays", chineseNumber(period.workingDays())));
        put(scope, "thirdPartyName", data.thirdPartyName());
        put(scope, "competentAgency", data.competentAgency());
        put(scope, "competentAgencyContact", data.competentAgencyContact());
        put(scope, "earlierRequestNumber", data.earlierRequestNumber());
        put(scope, "municipalOffice", data.municipalOffice());
        put(scope, "handoverReference", data.handoverReference());
        put(scope, "replyDate", data.replyDate());
        put(scope, "replyLetterNumber", data.replyLetterNumber());
        if (data.outcome() != null) {
            scope.put("outcomeLabel", outcomeLabel(data.outcome()));
        }
        List<Map<String, Object>> enclosures = new ArrayList<>();
        for (String title : data.enclosures()) {
            if (title != null && !title.isBlank()) {
                enclosures.add(Map.of("number", enclosures.size() + 1, "title", title.strip()));
            }
        }
        scope.put("enclosures", enclosures);
        scope.put("hasEnclosures", !enclosures.isEmpty());
        scope.put("remedies", kind.namesRemedies());
        return scope;
    }

    /** 1 to 99 in Chinese numerals, as a letter writes a statutory period: 7 七, 15 十五, 20 二十. */
    static String chineseNumber(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("no Chinese numeral for " + n);
        }
        String digits = "〇一二三四五六七八九";
        int tens = n / 10;
        int ones = n % 10;
        String text = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十";
        return ones == 0 ? text : text + digits.charAt(ones);
    }

    /** A text the user typed as paragraphs of its own: one per non-blank line. */
    private static List<String> paragraphs(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Absent and blank values stay out of the scope, so that their sections are left out. */
    private static void put(Map<String, Object> scope, String name, Object value) {
        if (value instanceof LocalDate date) {
            scope.put(name, CHINESE_DATE.format(date));
        } else if (value instanceof String text) {
            if (!text.isBlank()) {
                scope.put(name, text.strip());
            }
        } else if (value != null) {
            scope.put(name, value.toString());
        }
    }

    /** Mustache's HTML escaping, made safe for an XML parser. */
    private static final class EscapingFactory extends DefaultMustacheFactory {

        EscapingFactory(String resourceRoot) {
            super(resourceRoot);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(escapeXml(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Escapes the five XML specials and drops code points XML 1.0 does not allow. */
    public static String escapeXml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\n' || c == '\t' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
