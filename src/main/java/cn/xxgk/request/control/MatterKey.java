package cn.xxgk.request.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The rule for "the same matter" in repeat detection, kept simple so that it can be explained: two
 * descriptions are the same matter when they are equal after NFKC normalisation (full-width and
 * half-width forms alike), lower case, and with all white space and punctuation removed. A request
 * with the same applicant (keyed hash of the document number) and the same matter key as an earlier
 * one is flagged as its repeat; anything subtler is the office's call (it can flag a repeat by hand).
 */
public final class MatterKey {

    private MatterKey() {
    }

    public static String normalise(String description) {
        String folded = Normalizer.normalize(description == null ? "" : description, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\s\\p{P}\\p{S}]", "");
    }

    /** SHA-256 of the normalised description; the description itself is stored in plain anyway. */
    public static byte[] of(String description) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalise(description).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
