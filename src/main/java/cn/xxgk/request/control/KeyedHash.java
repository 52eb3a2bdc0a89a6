package cn.xxgk.request.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a key of its own (not the encryption key): equal inputs give equal hashes, so
 * requests of one applicant can be found and repeats detected without decrypting anything, while
 * somebody with the database but without the key cannot test guessed ID numbers against it (an
 * unkeyed hash of an 18-digit number with a known structure is reversed in minutes). The purpose is
 * part of the input, so the hash of an ID number never equals the hash of a query code.
 */
public final class KeyedHash {

    public static final String ID_NUMBER = "id-number";
    public static final String QUERY_CODE = "query-code";

    private final SecretKeySpec key;

    /** A key of at least 32 bytes (the hash's own length). */
    public KeyedHash(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("an HMAC-SHA256 key has at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    public byte[] of(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Compares in constant time (a query code checked by the portal). */
    public static boolean same(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }
}
