package cn.xxgk.archive.control;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An archive number (档号) in the form 年度-保管期限-机构-件号 of DA/T 22-2015 §7, e.g.
 * 2026-Y-MB1532375-0001: the year the record was formed, the retention code, the agency's
 * organisation code and the item number (件号), counted from 1 without a gap per year and retention,
 * four digits at least.
 */
public record ArchiveNumber(int year, Retention retention, String organisationCode, int itemNo) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(Y|D30|D10)-([0-9A-Za-z]{1,32})-(\\d{4,})");

    public ArchiveNumber {
        Objects.requireNonNull(retention);
        if (year < 1949 || year > 9999 || itemNo < 1 || organisationCode == null || !organisationCode.matches("[0-9A-Za-z]{1,32}")) {
            throw new IllegalArgumentException("not an archive number: " + year + "/" + organisationCode + "/" + itemNo);
        }
    }

    /** The number as written, or IllegalArgumentException. */
    public static ArchiveNumber parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not an archive number: " + text);
        }
        return new ArchiveNumber(Integer.parseInt(m.group(1)), Retention.valueOf(m.group(2)), m.group(3), Integer.parseInt(m.group(4)));
    }

    @Override
    public String toString() {
        return String.format("%04d-%s-%s-%04d", year, retention.name(), organisationCode, itemNo);
    }
}
