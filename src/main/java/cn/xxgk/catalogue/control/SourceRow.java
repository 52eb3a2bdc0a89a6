package cn.xxgk.catalogue.control;

import java.util.Map;

/**
 * One data row of an import file as read: its row number as the office sees it in a spreadsheet
 * (the header is row 1) and the text of each known column (blank cells absent).
 */
public record SourceRow(int number, Map<ImportColumn, String> cells) {

    public SourceRow {
        cells = Map.copyOf(cells);
    }

    /** The stripped text of a column, or null when the cell is blank. */
    public String get(ImportColumn column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
