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
 * Encrypts an applicant's personal data at rest with AES-GCM (the JDK's own provider: authenticated
 * encryption needs no further library): the identity document number and the contact data (contact
 * person, phone, email, postal address, postcode). Each value gets a fresh random 96-bit IV, so the
 * same value encrypts differently every time; look-ups use {@link KeyedHash} instead.
 *
 * <p>Stored form: one format byte (1), the 12-byte IV, then ciphertext and the 128-bit tag, i.e.
 * {@link #OVERHEAD} bytes more than the value's UTF-8 bytes. The format byte leaves room for a key
 * rotation later (a new format or key id). The associated data is the field's name ("xxgk:" +
 * field), so a cipher text copied into another column (a phone into the ID number) does not decrypt.
 */
public final class PersonalDataCipher {

    public static final String ID_NUMBER = "id-number";
    public static final String CONTACT_PERSON = "contact-person";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String POSTAL_ADDRESS = "postal-address";
    public static final String POSTCODE = "postcode";

    static final byte FORMAT = 1;
    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;
    /** The bytes a stored value has beyond its plain UTF-8 bytes (format byte, IV, tag). */
    public static final int OVERHEAD = 1 + IV_BYTES + TAG_BITS / 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** An AES key of 16, 24 or 32 bytes. */
    public PersonalDataCipher(byte[] key) {
        if (key == null || (key.length != 16 && key.length != 24 && key.length != 32)) {
            throw new IllegalArgumentException("an AES key has 16, 24 or 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** The value of a field sealed for storage. */
    public byte[] encrypt(String field, String plain) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(field));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(FORMAT).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain value; fails when it was altered, sealed under another key or for another field. */
    public String decrypt(String field, byte[] stored) {
        if (stored == null || stored.length < OVERHEAD || stored[0] != FORMAT) {
            throw new IllegalArgumentException("not an encrypted " + field + " of format " + FORMAT);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(stored, 1, 1 + IV_BYTES)));
            cipher.updateAAD(associatedData(field));
            return new String(cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES),
                    StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException altered) {
            throw new IllegalStateException("the " + field + " does not decrypt with this key (altered, another key or field)",
                    altered);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Null stays null: a contact field the applicant left out. */
    public byte[] encryptOrNull(String field, String plain) {
        return plain == null ? null : encrypt(field, plain);
    }

    public String decryptOrNull(String field, byte[] stored) {
        return stored == null ? null : decrypt(field, stored);
    }

    /** "xxgk:id-number" is the associated data the identity numbers have had since V6. */
    private static byte[] associatedData(String field) {
        return ("xxgk:" + field).getBytes(StandardCharsets.US_ASCII);
    }
}
