package cn.xxgk.request.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts identity document numbers at rest with AES-GCM (the JDK's own provider: authenticated
 * encryption needs no further library). Each value gets a fresh random 96-bit IV, so the same
 * number encrypts differently every time; look-ups use {@link KeyedHash} instead.
 *
 * <p>Stored form: one format byte (1), the 12-byte IV, then ciphertext and the 128-bit tag. The
 * format byte leaves room for a key rotation later (a new format or key id). The associated data
 * binds the value to its purpose, so a cipher text copied into another column does not decrypt.
 */
public final class IdNumberCipher {

    static final byte FORMAT = 1;
    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final byte[] ASSOCIATED_DATA = "xxgk:id-number".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** An AES key of 16, 24 or 32 bytes. */
    public IdNumberCipher(byte[] key) {
        if (key == null || (key.length != 16 && key.length != 24 && key.length != 32)) {
            throw new IllegalArgumentException("an AES key has 16, 24 or 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public byte[] encrypt(String plain) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(FORMAT).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain number; fails when the value was altered or sealed under another key. */
    public String decrypt(byte[] stored) {
        if (stored == null || stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != FORMAT) {
            throw new IllegalArgumentException("not an encrypted identity number of format " + FORMAT);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(stored, 1, 1 + IV_BYTES)));
            cipher.updateAAD(ASSOCIATED_DATA);
            return new String(cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES),
                    StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException altered) {
            throw new IllegalStateException("the identity number does not decrypt with this key (altered or another key)",
                    altered);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
