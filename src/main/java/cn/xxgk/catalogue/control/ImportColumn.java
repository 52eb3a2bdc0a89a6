package cn.xxgk.catalogue.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a historical catalogue to import: the header block of the bureau's documents
 * (索引号, 发布机构, 主题分类, 成文日期, 发布日期, 文号, 文种), the title and the body, and the key
 * content category and disclosure attribute where the old catalogue has them. A file names them in
 * its first row, in any order; other columns are ignored.
 */
public enum ImportColumn {
    INDEX_NUMBER("索引号", true, "MB1532375/2019-00045"),
    ISSUING_AGENCY("发布机构", false, "郑州市大数据管理局"),
    SUBJECT("主题分类", true, "综合政务/政府信息公开制度"),
    WRITTEN_DATE("成文日期", true, "2019-05-17"),
    PUBLISHED_DATE("发布日期", true, "2019-05-20"),
    DOCUMENT_NUMBER("文号", false, "郑大数据〔2019〕23号"),
    DOCUMENT_TYPE("文种", false, "通告"),
    TITLE("标题", true, "郑州市大数据管理局政府信息公开制度"),
    BODY("正文", true, "为进一步推进政府信息公开工作……"),
    KEY_CONTENT("重点公开内容类别", false, "决策公开"),
    ATTRIBUTE("公开属性", false, "主动公开");

    private final String header;
    private final boolean required;
    private final String example;

    ImportColumn(String header, boolean required, String example) {
        this.header = header;
        this.required = required;
        this.example = example;
    }

    /** The column a header cell names (spaces, a leading BOM and a trailing * or （必填） ignored). */
    public static Optional<ImportColumn> named(String headerCell) {
        if (headerCell == null) {
            return Optional.empty();
        }
        String name = headerCell.replace("\uFEFF", "").replace("（必填）", "").replace("(必填)", "").replace("*", "")
                .strip();
        return Arrays.stream(values()).filter(c -> c.header.equals(name)).findFirst();
    }

    public static List<ImportColumn> requiredOnes() {
        return Arrays.stream(values()).filter(ImportColumn::isRequired).toList();
    }

    public String header() { return header; }
    public boolean isRequired() { return required; }
    public String example() { return example; }
}
