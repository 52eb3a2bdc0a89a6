package cn.xxgk.letter.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A record to print as a PDF/A sheet with the letters' font and pipeline (the archive's copy of a
 * request or an item): a title, a reference under it, the record's fields as label and value, and
 * tables (its step history, its audit history) with a heading and a header row each.
 */
public record RecordSheet(String title, String reference, List<Field> fields, List<Table> tables) {

    public RecordSheet {
        Objects.requireNonNull(title);
        reference = reference == null ? "" : reference;
        fields = List.copyOf(fields);
        tables = List.copyOf(tables);
    }

    /** One line of the record. */
    public record Field(String label, String value) {
        public Field {
            label = Objects.requireNonNullElse(label, "");
            value = Objects.requireNonNullElse(value, "");
        }
    }

    /** A table: heading, header cells, rows of as many cells. */
    public record Table(String heading, List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(row -> row.stream().map(c -> Objects.requireNonNullElse(c, "")).toList()).toList();
        }
    }

    /** Every text printed, for the font check. */
    List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(title, reference));
        fields.forEach(f -> texts.addAll(List.of(f.label(), f.value())));
        tables.forEach(t -> Stream.concat(Stream.of(t.heading()), Stream.concat(t.header().stream(),
                t.rows().stream().flatMap(List::stream))).filter(Objects::nonNull).forEach(texts::add));
        return texts;
    }

    /** The Mustache scope of the sheet template. */
    Map<String, Object> scope() {
        return Map.of("title", title, "reference", reference,
                "fields", fields.stream().map(f -> Map.of("label", f.label(), "value", f.value())).toList(),
                "tables", tables.stream().map(t -> Map.of("heading", Objects.requireNonNullElse(t.heading(), ""),
                        "header", t.header().stream().map(h -> Map.of("cell", h)).toList(),
                        "rows", t.rows().stream().map(r -> Map.of("cells", r.stream().map(c -> Map.of("cell", c)).toList())).toList()))
                        .toList());
    }
}
