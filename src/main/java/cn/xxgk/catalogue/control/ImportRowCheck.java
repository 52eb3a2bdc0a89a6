package cn.xxgk.catalogue.control;

import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.DraftContent;
import cn.xxgk.catalogue.entity.IndexNumber;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.SubjectCategory;
import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.MessageBundle;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of each row of a historical catalogue before anything is saved: a well-formed index
 * number of this agency, of no future year, not already in the catalogue and not twice in the file;
 * a known subject category; dates the office writes them (2019-05-17, 2019/5/17, 2019年5月17日,
 * 20190517 or an Excel date), neither in the future nor before 1949-10-01, published not before
 * written; the drafting sheet's own rules ({@link DraftContent#firstFlaw}: title, body, document
 * type and number); texts within their columns; only proactively disclosed entries (what is
 * imported is published). Every fault of a row is listed, each with its column.
 */
public final class ImportRowCheck {

    public static final int MAX_BODY = 200_000;
    static final int PROGRESS_EVERY = 200;
    static final int MAX_AGENCY = 200;
    static final int MAX_DOCUMENT_NUMBER = 60;
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?|(\\d{2})(\\d{2}))(?:[ T]0?0:00(?::00)?)?");

    private final String organisationCode;
    private final LocalDate today;
    private final Map<String, SubjectCategory> subcategories;

    /**
     * @param subcategories the agency's second-level subject names with their national category
     */
    public ImportRowCheck(String organisationCode, LocalDate today, Map<String, SubjectCategory> subcategories) {
        this.organisationCode = organisationCode;
        this.today = today;
        this.subcategories = Map.copyOf(subcategories);
    }

    /** An entry ready to be stored as published: its original index number, content and published date. */
    public record ImportEntry(int row, IndexNumber indexNumber, DraftContent content, LocalDate publishedDate) {
    }

    /** The rows that passed and the refusals; an import stores nothing unless the refusals are empty. */
    public record Result(List<ImportEntry> entries, List<ImportRefusal> refusals) {
    }

    /**
     * Checks all rows; {@code inCatalogue} are the index numbers of the file already in the
     * database; {@code progress} hears the number of rows checked now and then.
     */
    public Result check(List<SourceRow> rows, Set<String> inCatalogue, IntConsumer progress) {
        List<ImportEntry> entries = new ArrayList<>();
        List<ImportRefusal> refusals = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int checked = 0;
        for (SourceRow row : rows) {
            List<ImportRefusal> faults = new ArrayList<>();
            Optional<ImportEntry> entry = check(row, faults);
            entry.map(e -> e.indexNumber().toString()).ifPresent(number -> {
                Integer first = seen.putIfAbsent(number, row.number());
                if (first != null) {
                    faults.add(ImportRefusal.of(row, ImportColumn.INDEX_NUMBER, "import.row.duplicateInFile", number, String.valueOf(first)));
                } else if (inCatalogue.contains(number)) {
                    faults.add(ImportRefusal.of(row, ImportColumn.INDEX_NUMBER, "import.row.duplicateInCatalogue", number));
                }
            });
            if (faults.isEmpty() && entry.isPresent()) {
                entries.add(entry.get());
            }
            refusals.addAll(faults);
            if (++checked % PROGRESS_EVERY == 0) {
                progress.accept(checked);
            }
        }
        return new Result(entries, refusals);
    }

    /** One row's entry, or empty with its faults added. */
    Optional<ImportEntry> check(SourceRow row, List<ImportRefusal> faults) {
        IndexNumber number = indexNumber(row, faults);
        SubjectCategory category = null;
        String subcategory = null;
        String subject = row.get(ImportColumn.SUBJECT);
        if (subject == null) {
            faults.add(ImportRefusal.of(row, ImportColumn.SUBJECT, "import.row.required"));
        } else {
            String[] parts = subject.split("\\s*[/／>]\\s*", 2);
            category = national(parts[0]).orElse(parts.length == 1 ? subcategories.get(parts[0]) : null);
            subcategory = parts.length == 2 ? parts[1] : subcategories.containsKey(parts[0]) ? parts[0] : null;
            if (category == null || subcategory != null && subcategory.length() > 100) {
                faults.add(ImportRefusal.of(row, ImportColumn.SUBJECT, "import.row.unknownSubject", quoted(subject)));
            }
        }
        LocalDate written = date(row, ImportColumn.WRITTEN_DATE, faults);
        LocalDate published = date(row, ImportColumn.PUBLISHED_DATE, faults);
        if (written != null && published != null && published.isBefore(written)) {
            faults.add(ImportRefusal.of(row, ImportColumn.PUBLISHED_DATE, "import.row.publishedBeforeWritten"));
        }
        longer(row, ImportColumn.ISSUING_AGENCY, MAX_AGENCY, faults);
        longer(row, ImportColumn.DOCUMENT_NUMBER, MAX_DOCUMENT_NUMBER, faults);
        longer(row, ImportColumn.BODY, MAX_BODY, faults);
        KeyContentCategory key = keyContent(row, faults);
        String attribute = row.get(ImportColumn.ATTRIBUTE);
        if (attribute != null && !attribute.equals(MessageBundle.text("govinfo.attribute.PROACTIVE"))
                && !attribute.equalsIgnoreCase(DisclosureAttribute.PROACTIVE.name())) {
            faults.add(ImportRefusal.of(row, ImportColumn.ATTRIBUTE, "import.row.notProactive", quoted(attribute)));
        }
        String body = row.get(ImportColumn.BODY);
        if (body != null && body.length() <= MAX_BODY && body.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            faults.add(ImportRefusal.of(row, ImportColumn.BODY, "import.row.controlCharacter"));
        }
        String html = body == null || body.length() > MAX_BODY ? "" : BodyHtml.fromText(body);
        String documentNumber = row.get(ImportColumn.DOCUMENT_NUMBER);
        DraftContent content = new DraftContent(row.get(ImportColumn.TITLE), html, BodyHtml.text(html),
                row.get(ImportColumn.DOCUMENT_TYPE), documentNumber, written == null ? today : written,
                category == null ? SubjectCategory.OTHER : category, subcategory, key, documentNumber != null,
                DisclosureAttribute.PROACTIVE, null, null, false, null);
        content.firstFlaw(today).ifPresent(flaw -> {
            if (!flaw.key().startsWith("catalogue.invalid.writtenDate") && !((body == null || body.length() > MAX_BODY)
                    && flaw.key().equals("catalogue.invalid.bodyRequired"))) {
                faults.add(new ImportRefusal(row.number(), column(flaw.key()),
                        MessageBundle.text(flaw.key(), flaw.arguments())));
            }
        });
        if (body == null) {
            faults.add(ImportRefusal.of(row, ImportColumn.BODY, "import.row.required"));
        }
        return faults.isEmpty() && number != null ? Optional.of(new ImportEntry(row.number(), number, content, published))
                : Optional.empty();
    }

    private IndexNumber indexNumber(SourceRow row, List<ImportRefusal> faults) {
        String text = row.get(ImportColumn.INDEX_NUMBER);
        if (text == null) {
            faults.add(ImportRefusal.of(row, ImportColumn.INDEX_NUMBER, "import.row.required"));
            return null;
        }
        Optional<IndexNumber> parsed = IndexNumber.parse(text);
        if (parsed.isEmpty()) {
            faults.add(ImportRefusal.of(row, ImportColumn.INDEX_NUMBER, "import.row.badIndexNumber", quoted(text)));
            return null;
        }
        IndexNumber number = parsed.get();
        if (!number.organisationCode().equals(organisationCode)) {
            faults.add(ImportRefusal.of(row, ImportColumn.INDEX_NUMBER, "import.row.otherAgency", quoted(text), organisationCode));
            return null;
        }
        if (number.year() > today.getYear() || number.year() < InputRules.EARLIEST.getYear()) {
            faults.add(ImportRefusal.of(row, ImportColumn.INDEX_NUMBER, "import.row.indexYear", String.valueOf(number.year())));
            return null;
        }
        return number;
    }

    private LocalDate date(SourceRow row, ImportColumn column, List<ImportRefusal> faults) {
        String text = row.get(column);
        if (text == null) {
            faults.add(ImportRefusal.of(row, column, "import.row.required"));
            return null;
        }
        Optional<LocalDate> day = parseDate(text);
        if (day.isEmpty()) {
            faults.add(ImportRefusal.of(row, column, "import.row.badDate", quoted(text)));
            return null;
        }
        if (day.get().isAfter(today)) {
            faults.add(ImportRefusal.of(row, column, "import.row.futureDate", day.get()));
            return null;
        }
        if (day.get().isBefore(InputRules.EARLIEST)) {
            faults.add(ImportRefusal.of(row, column, "import.row.earlyDate", day.get(), InputRules.EARLIEST));
            return null;
        }
        return day.get();
    }

    /** A date as offices write it, or empty. */
    public static Optional<LocalDate> parseDate(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            return m.group(2) != null
                    ? Optional.of(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))))
                    : Optional.of(LocalDate.of(year, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private KeyContentCategory keyContent(SourceRow row, List<ImportRefusal> faults) {
        String text = row.get(ImportColumn.KEY_CONTENT);
        if (text == null) {
            return null;
        }
        Optional<KeyContentCategory> key = Arrays.stream(KeyContentCategory.values())
                .filter(k -> k.name().equalsIgnoreCase(text) || MessageBundle.text("govinfo.key." + k.name()).equals(text))
                .findFirst();
        if (key.isEmpty()) {
            faults.add(ImportRefusal.of(row, ImportColumn.KEY_CONTENT, "import.row.unknownKeyContent", quoted(text)));
        }
        return key.orElse(null);
    }

    private static void longer(SourceRow row, ImportColumn column, int max, List<ImportRefusal> faults) {
        String text = row.get(column);
        if (text != null && text.length() > max) {
            faults.add(ImportRefusal.of(row, column, "import.row.tooLong", String.valueOf(max)));
        }
    }

    private static Optional<SubjectCategory> national(String name) {
        return Arrays.stream(SubjectCategory.values()).filter(c -> c.officialName().equals(name)).findFirst();
    }

    private static String column(String flawKey) {
        if (flawKey.startsWith("catalogue.invalid.title")) {
            return ImportColumn.TITLE.header();
        }
        if (flawKey.startsWith("catalogue.invalid.body")) {
            return ImportColumn.BODY.header();
        }
        if (flawKey.equals("catalogue.invalid.documentNumber")) {
            return ImportColumn.DOCUMENT_NUMBER.header();
        }
        return flawKey.startsWith("catalogue.invalid.documentType") || flawKey.equals("catalogue.invalid.textTooLong")
                ? ImportColumn.DOCUMENT_TYPE.header() : "";
    }

    private static String quoted(String text) {
        return String.valueOf(InputRules.quoted(text)[0]);
    }
}
