package cn.xxgk.catalogue.control;

import cn.xxgk.platform.control.MessageBundle;

/**
 * Why one row of an import file is refused: the row number (header = row 1), the column's
 * header (empty when the row as a whole is meant) and the reason in Chinese.
 */
public record ImportRefusal(int row, String column, String reason) {

    static ImportRefusal of(SourceRow row, ImportColumn column, String key, Object... arguments) {
        return new ImportRefusal(row.number(), column == null ? "" : column.header(), MessageBundle.text(key, arguments));
    }
}
