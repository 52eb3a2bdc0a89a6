package cn.xxgk.request.control;

import java.util.Optional;

/**
 * The unified social credit code of GB 32100-2015 (统一社会信用代码): eighteen characters from
 * "0123456789ABCDEFGHJKLMNPQRTUWXY" (no I, O, Z, S, V), the last a check character: 31 minus the
 * weighted sum mod 31 (31 becomes 0), weights 3^i mod 31.
 */
public final class SocialCreditCode {

    public static final int LENGTH = 18;

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private SocialCreditCode() {
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The first flaw of a normalised (upper-case, no spaces) code as a message key; empty when valid. */
    public static Optional<String> flaw(String code) {
        if (code.length() != LENGTH) {
            return Optional.of("request.invalid.creditCode.length");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("request.invalid.creditCode.characters");
            }
        }
        if (checkCharacter(code) != code.charAt(17)) {
            return Optional.of("request.invalid.creditCode.checksum");
        }
        return Optional.empty();
    }
}
