package cn.xxgk.catalogue.entity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (文号) as the national format for official documents writes it: the issuing
 * organ's abbreviation, the year in hexagonal brackets 〔〕, the serial and 号, e.g.
 * 郑大数据〔2019〕23号. The serial has no leading zero (GB/T 9704-2012 7.2.4).
 */
public record DocumentNumber(String organAbbreviation, int year, int serial) {

    static final Pattern FORMAT = Pattern.compile("^(\\p{IsHan}[\\p{IsHan}A-Za-z0-9]{0,19})〔(\\d{4})〕([1-9]\\d{0,4})号$");

    /** The number written the national way, or empty when the text is not one. */
    public static Optional<DocumentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        if (year < 1949 || year > 2100) {
            return Optional.empty();
        }
        return Optional.of(new DocumentNumber(m.group(1), year, Integer.parseInt(m.group(3))));
    }

    @Override
    public String toString() {
        return organAbbreviation + "〔" + year + "〕" + serial + "号";
    }
}
