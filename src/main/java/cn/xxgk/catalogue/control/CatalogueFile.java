package cn.xxgk.catalogue.control;

import cn.xxgk.platform.control.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an office's historical catalogue: an XLSX workbook (its first sheet) or a CSV file, told
 * apart by their content, never by the name. A CSV's encoding is the one given, else UTF-8 (with or
 * without BOM) when the bytes are valid UTF-8, else GB18030, which reads every GBK and GB2312
 * file Chinese offices' spreadsheets save. The first row names the columns ({@link ImportColumn}).
 * A file that cannot be read as a whole (empty, too large, neither format, undecodable, missing
 * columns, too many rows) is refused here with a Chinese message; the rows' own faults are
 * {@link ImportRowCheck}'s.
 */
public final class CatalogueFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    /** The longest cell read (a body); longer ones are refused by the row check, not cut. */
    static final int MAX_CELL = 200_000;
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private CatalogueFile() {
    }

    /** What was read: the format, the encoding of a CSV (null for XLSX) and the data rows. */
    public record Parsed(String format, String charset, List<SourceRow> rows) {
    }

    /** Reads the file; {@code charsetName} may be null or blank (detect). */
    public static Parsed read(byte[] content, String charsetName) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("import.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        byte[] head = java.util.Arrays.copyOf(content, Math.min(content.length, 8));
        if (ReadableWorkbook.isOOXMLZipHeader(head)) {
            return new Parsed("XLSX", null, xlsx(content));
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw new InvalidInputException("import.file.oldExcel");
        }
        Charset charset = charset(content, charsetName);
        String text = decode(content, charset).replaceFirst("^\uFEFF", "");
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
            throw new InvalidInputException("import.file.notTable");
        }
        return new Parsed("CSV", charset.name(), csv(text));
    }

    static Charset charset(byte[] content, String name) {
        if (name != null && !name.isBlank()) {
            try {
                return Charset.forName(name.strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new InvalidInputException("import.file.unknownCharset", name.strip().length() > 40
                        ? name.strip().substring(0, 40) : name.strip());
            }
        }
        try {
            decode(content, StandardCharsets.UTF_8);
            return StandardCharsets.UTF_8;
        } catch (InvalidInputException notUtf8) {
            return GB18030;
        }
    }

    static String decode(byte[] content, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("import.file.encoding", charset.name());
        }
    }

    private static List<SourceRow> csv(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<SourceRow> rows = new ArrayList<>();
            Map<Integer, ImportColumn> columns = null;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (columns == null) {
                    columns = header(cells);
                    continue;
                }
                add(rows, (int) record.getRecordNumber(), cells, columns);
            }
            if (columns == null) {
                throw new InvalidInputException("import.file.empty");
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            throw new InvalidInputException("import.file.csvBroken");
        }
    }

    private static List<SourceRow> xlsx(byte[] content) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            List<SourceRow> rows = new ArrayList<>();
            Map<Integer, ImportColumn> columns = null;
            for (Row row : (Iterable<Row>) sheet::iterator) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i), columns == null ? null : columns.get(i)));
                }
                if (columns == null) {
                    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                        continue;
                    }
                    columns = header(cells);
                    continue;
                }
                add(rows, row.getRowNum(), cells, columns);
            }
            if (columns == null) {
                throw new InvalidInputException("import.file.empty");
            }
            return rows;
        } catch (IOException | ExcelReaderException | UncheckedIOException | IllegalArgumentException broken) {
            throw new InvalidInputException("import.file.xlsxBroken");
        }
    }

    /** A cell as text; a number in a date column is Excel's day count (a date cell). */
    private static String text(Cell cell, ImportColumn column) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER && (column == ImportColumn.WRITTEN_DATE
                || column == ImportColumn.PUBLISHED_DATE)) {
            double days = cell.asNumber().doubleValue();
            return days >= 1 && days < 100_000 ? EXCEL_EPOCH.plusDays((long) days).toString() : cell.getRawValue();
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    private static Map<Integer, ImportColumn> header(List<String> cells) {
        Map<Integer, ImportColumn> columns = new java.util.HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            int index = i;
            ImportColumn.named(cells.get(i)).ifPresent(c -> {
                if (columns.containsValue(c)) {
                    throw new InvalidInputException("import.file.columnTwice", c.header());
                }
                columns.put(index, c);
            });
        }
        List<String> missing = ImportColumn.requiredOnes().stream().filter(c -> !columns.containsValue(c))
                .map(ImportColumn::header).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("import.file.columnsMissing", String.join("、", missing));
        }
        return columns;
    }

    private static void add(List<SourceRow> rows, int number, List<String> cells, Map<Integer, ImportColumn> columns) {
        Map<ImportColumn, String> known = new EnumMap<>(ImportColumn.class);
        columns.forEach((index, column) -> {
            if (index < cells.size() && cells.get(index) != null && !cells.get(index).isBlank()) {
                String cell = cells.get(index);
                known.put(column, cell.length() > MAX_CELL + 1 ? cell.substring(0, MAX_CELL + 1) : cell);
            }
        });
        if (known.isEmpty()) {
            return; // a blank row
        }
        if (rows.size() >= MAX_ROWS) {
            throw new InvalidInputException("import.file.tooManyRows", MAX_ROWS);
        }
        rows.add(new SourceRow(number, known));
    }
}
