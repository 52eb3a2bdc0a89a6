package cn.xxgk.request.control;

import java.security.SecureRandom;

/**
 * The query code an applicant gets with the receipt, to follow the request on the portal: twelve
 * characters from 32 that are not confused when read aloud or typed (no 0/O, 1/I), 60 bits. Only
 * its keyed hash is stored.
 *
 * <p>With an idempotency token the code is derived from the token and the request number under
 * the lookup key, instead of drawn at random: a repeated submit (a double click) gets the same
 * receipt, code included, although the code itself is nowhere stored. Without the key the derived
 * code is as unpredictable as a random one.
 */
public final class QueryCodes {

    public static final int LENGTH = 12;

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    public static String random() {
        byte[] bytes = new byte[LENGTH];
        RANDOM.nextBytes(bytes);
        return encode(bytes);
    }

    /** The code of a request registered with an idempotency token (see the class comment). */
    public static String derived(KeyedHash hash, String requestNumber, String token) {
        return encode(hash.of("query-code-seed", requestNumber + "\u0000" + token));
    }

    /** Upper case without spaces or dashes, as an applicant may type it. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static byte[] hash(KeyedHash hash, String code) {
        return hash.of(KeyedHash.QUERY_CODE, normalise(code));
    }

    private static String encode(byte[] bytes) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(bytes[i] & 31)); // 32 symbols: 5 bits of each byte, no bias
        }
        return code.toString();
    }
}
