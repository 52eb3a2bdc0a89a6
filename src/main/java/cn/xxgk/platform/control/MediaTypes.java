package cn.xxgk.platform.control;

/** Media types the components answer with that Jakarta REST does not name. */
public final class MediaTypes {

    /** An Excel workbook (.xlsx): exports, the filing table, the annual report. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private MediaTypes() {
    }
}
