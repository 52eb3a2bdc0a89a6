package cn.xxgk.request.control;

import cn.xxgk.request.entity.IdentityDocumentType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks and masks the number of an identity document. Resident ID numbers and social credit
 * codes are checked with their check characters; other documents (passports, permits) only for
 * plausible characters and length, as their formats vary by issuer.
 */
public final class IdentityDocuments {

    private static final Pattern OTHER_DOCUMENT = Pattern.compile("[0-9A-Z\\-()（）]{5,30}");

    private IdentityDocuments() {
    }

    /** Upper case, no spaces. */
    public static String normalise(String raw) {
        return ResidentIdNumber.normalise(raw);
    }

    /** The first flaw of a normalised number of that document type, as a message key. */
    public static Optional<String> flaw(IdentityDocumentType type, String number, LocalDate today) {
        if (number.isEmpty()) {
            return Optional.of("request.invalid.idNumberRequired");
        }
        return switch (type) {
            case RESIDENT_ID_CARD -> ResidentIdNumber.flaw(number, today);
            case UNIFIED_SOCIAL_CREDIT_CODE -> SocialCreditCode.flaw(number);
            default -> OTHER_DOCUMENT.matcher(number).matches()
                    ? Optional.empty() : Optional.of("request.invalid.idNumber.other");
        };
    }

    /**
     * The form shown in every normal read: the first four and last four characters of a number of
     * twelve or more (4101**********1234: region and check digits, not the birth date), the first
     * and last two of a shorter one, stars for the rest; all stars up to four characters.
     */
    public static String mask(String number) {
        int n = number.length();
        if (n <= 4) {
            return "*".repeat(n);
        }
        int head = n >= 12 ? 4 : 1;
        int tail = n >= 12 ? 4 : 2;
        return number.substring(0, head) + "*".repeat(n - head - tail) + number.substring(n - tail);
    }
}
