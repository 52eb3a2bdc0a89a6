package cn.xxgk.catalogue.entity;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index number (索引号) of a catalogue entry: the agency's organisation code, the year of
 * cataloguing and a five-digit serial, e.g. MB1532375/2019-00045.
 */
public record IndexNumber(String organisationCode, int year, int serial) {

    public static final int MAX_SERIAL = 99_999;

    static final Pattern ORGANISATION_CODE = Pattern.compile("[0-9A-Z]{6,18}");
    static final Pattern YEAR_SERIAL = Pattern.compile("(\\d{4})-(\\d{5})");

    public IndexNumber {
        Objects.requireNonNull(organisationCode);
        if (!ORGANISATION_CODE.matcher(organisationCode).matches()) {
            throw new IllegalArgumentException("not an organisation code: " + organisationCode);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
    }

    /** Reads the two halves of the public address /catalogue/{organisationCode}/{year-serial}. */
    public static Optional<IndexNumber> parse(String organisationCode, String yearSerial) {
        if (organisationCode == null || yearSerial == null
                || !ORGANISATION_CODE.matcher(organisationCode).matches()) {
            return Optional.empty();
        }
        Matcher m = YEAR_SERIAL.matcher(yearSerial);
        if (!m.matches()) {
            return Optional.empty();
        }
        int serial = Integer.parseInt(m.group(2));
        return serial == 0 ? Optional.empty()
                : Optional.of(new IndexNumber(organisationCode, Integer.parseInt(m.group(1)), serial));
    }

    /** Reads a whole index number, e.g. MB1532375/2019-00045. */
    public static Optional<IndexNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        return slash < 0 ? Optional.empty() : parse(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public String toString() {
        return String.format("%s/%04d-%05d", organisationCode, year, serial);
    }
}
