package cn.xxgk.request.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The citizen identification number of GB 11643-1999 (公民身份号码): six digits of the region,
 * eight of the birth date (yyyyMMdd), three of sequence and one check character, 0-9 or X. The
 * check character is ISO 7064 MOD 11-2 over the first seventeen digits: the weights 2^(17-i) mod 11
 * are 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, and the remainder of the weighted sum selects the
 * character from "10X98765432". The 15-digit first-generation numbers expired in 2013: refused.
 */
public final class ResidentIdNumber {

    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ResidentIdNumber() {
    }

    /** Upper case (a typed lower-case x is the same number), without spaces. */
    public static String normalise(String raw) {
        return raw == null ? "" : raw.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** The check character for the first seventeen digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /**
     * The first flaw of a normalised number, as a message key of request.invalid.idNumber.*:
     * length, characters, birth date, check character; empty when the number is valid on the day.
     */
    public static Optional<String> flaw(String number, LocalDate today) {
        if (number.length() != LENGTH) {
            return Optional.of("request.invalid.idNumber.length");
        }
        for (int i = 0; i < 17; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return Optional.of("request.invalid.idNumber.characters");
            }
        }
        char last = number.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of("request.invalid.idNumber.characters");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException impossible) {
            return Optional.of("request.invalid.idNumber.birthDate");
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return Optional.of("request.invalid.idNumber.birthDate");
        }
        if (checkCharacter(number) != last) {
            return Optional.of("request.invalid.idNumber.checksum");
        }
        return Optional.empty();
    }
}
