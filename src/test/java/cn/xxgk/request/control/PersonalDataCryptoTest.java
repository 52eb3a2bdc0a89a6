package cn.xxgk.request.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.platform.control.MissingSettingException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalDataCryptoTest {

    static final String NUMBER = "41010519900307123X";
    static final String ID = PersonalDataCipher.ID_NUMBER;

    @Test
    void encryptionRoundTripsAndTwoEncryptionsOfOneNumberDiffer() {
        PersonalDataCipher cipher = new PersonalDataCipher(key(32));
        byte[] first = cipher.encrypt(ID, NUMBER);
        byte[] second = cipher.encrypt(ID, NUMBER);

        assertEquals(NUMBER, cipher.decrypt(ID, first));
        assertEquals(NUMBER, cipher.decrypt(ID, second));
        assertFalse(Arrays.equals(first, second), "a fresh IV per value");
        assertFalse(Arrays.equals(Arrays.copyOfRange(first, 1, 13), Arrays.copyOfRange(second, 1, 13)), "different IVs");
        assertEquals(1 + 12 + NUMBER.length() + 16, first.length, "format byte, IV, cipher text, tag");
        String asText = new String(first, StandardCharsets.ISO_8859_1);
        assertFalse(asText.contains("19900307"), "no plain digits");
    }

    @Test
    void anAlteredValueOrAnotherKeyDoesNotDecrypt() {
        PersonalDataCipher cipher = new PersonalDataCipher(key(32));
        byte[] sealed = cipher.encrypt(ID, NUMBER);
        byte[] altered = sealed.clone();
        altered[altered.length - 20] ^= 1;

        assertThrows(IllegalStateException.class, () -> cipher.decrypt(ID, altered));
        assertThrows(IllegalStateException.class, () -> new PersonalDataCipher(key(32)).decrypt(ID, sealed));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(ID, new byte[5]));
    }

    @Test
    void theIdNumbersAssociatedDataIsStillTheOneOfV6() throws Exception {
        // the rows written before the cipher took a field name must still open: AES-GCM by hand, "xxgk:id-number"
        byte[] key = key(32);
        byte[] iv = new byte[12];
        javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, iv));
        aes.updateAAD("xxgk:id-number".getBytes(StandardCharsets.US_ASCII));
        byte[] body = aes.doFinal(NUMBER.getBytes(StandardCharsets.UTF_8));
        byte[] stored = new byte[1 + 12 + body.length];
        stored[0] = 1;
        System.arraycopy(body, 0, stored, 13, body.length);
        assertEquals(NUMBER, new PersonalDataCipher(key).decrypt(ID, stored));
    }

    @Test
    void contactDataRoundTripsEachFieldBoundToItsName() {
        PersonalDataCipher cipher = new PersonalDataCipher(key(32));
        String address = "郑州市金水区农业路 1 号𠀀院";
        byte[] sealed = cipher.encrypt(PersonalDataCipher.POSTAL_ADDRESS, address);
        assertEquals(address, cipher.decrypt(PersonalDataCipher.POSTAL_ADDRESS, sealed));
        assertEquals(PersonalDataCipher.OVERHEAD + address.getBytes(StandardCharsets.UTF_8).length, sealed.length);
        assertFalse(Arrays.equals(sealed, cipher.encrypt(PersonalDataCipher.POSTAL_ADDRESS, address)), "a fresh IV per value");
        assertFalse(new String(sealed, StandardCharsets.UTF_8).contains("金水区"), "no plain text");

        byte[] phone = cipher.encrypt(PersonalDataCipher.PHONE, "0371-67188888");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(PersonalDataCipher.EMAIL, phone),
                "a phone's cipher copied into the email column does not open");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(ID, phone), "nor as an identity number");
        byte[] tampered = phone.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(PersonalDataCipher.PHONE, tampered), "the tag is checked");
        assertNull(cipher.encryptOrNull(PersonalDataCipher.EMAIL, null));
        assertNull(cipher.decryptOrNull(PersonalDataCipher.EMAIL, null));
    }

    @Test
    void theKeyedHashIsStableUnderOneKeyAndDiffersUnderAnother() {
        byte[] k = key(32);
        KeyedHash hash = new KeyedHash(k);
        assertArrayEquals(hash.of(KeyedHash.ID_NUMBER, NUMBER), new KeyedHash(k.clone()).of(KeyedHash.ID_NUMBER, NUMBER));
        assertFalse(Arrays.equals(hash.of(KeyedHash.ID_NUMBER, NUMBER), new KeyedHash(key(32)).of(KeyedHash.ID_NUMBER, NUMBER)));
        assertFalse(Arrays.equals(hash.of(KeyedHash.ID_NUMBER, NUMBER), hash.of(KeyedHash.QUERY_CODE, NUMBER)),
                "the purpose is part of the hash");
        assertEquals(32, hash.of(KeyedHash.ID_NUMBER, NUMBER).length);
        assertFalse(HexFormat.of().formatHex(hash.of(KeyedHash.ID_NUMBER, NUMBER)).contains("19900307"));
    }

    @Test
    void missingOrMalformedKeysRefuseWithTheSettingsName() {
        PersonalDataKeys none = new PersonalDataKeys(Optional.empty(), Optional.of(" "));
        MissingSettingException noId = assertThrows(MissingSettingException.class, none::cipher);
        assertEquals("request.crypto.missingKey", noId.messageKey());
        assertEquals(PersonalDataKeys.ID_KEY, noId.arguments()[0]);
        MissingSettingException noLookup = assertThrows(MissingSettingException.class, none::hash);
        assertEquals(PersonalDataKeys.LOOKUP_KEY, noLookup.arguments()[0]);

        PersonalDataKeys bad = new PersonalDataKeys(Optional.of("not base64 !"), Optional.of(base64(key(16))));
        assertEquals("request.crypto.badKey", assertThrows(MissingSettingException.class, bad::cipher).messageKey());
        assertEquals("request.crypto.badKey", assertThrows(MissingSettingException.class, bad::hash).messageKey(),
                "16 bytes are too short for the HMAC key");

        PersonalDataKeys good = new PersonalDataKeys(Optional.of(base64(key(32))), Optional.of(base64(key(32))));
        assertEquals(NUMBER, good.cipher().decrypt(ID, good.cipher().encrypt(ID, NUMBER)));
    }

    @Test
    void queryCodesAreTwelveUnambiguousCharactersAndDerivedOnesRepeat() {
        KeyedHash hash = new KeyedHash(key(32));
        String random = QueryCodes.random();
        assertEquals(QueryCodes.LENGTH, random.length());
        assertTrue(random.chars().allMatch(c -> QueryCodes.ALPHABET.indexOf(c) >= 0), random);
        assertNotEquals(random, QueryCodes.random());
        assertEquals(QueryCodes.derived(hash, "2026-0001", "token-123456"), QueryCodes.derived(hash, "2026-0001", "token-123456"));
        assertNotEquals(QueryCodes.derived(hash, "2026-0001", "token-123456"), QueryCodes.derived(hash, "2026-0002", "token-123456"));
        assertArrayEquals(QueryCodes.hash(hash, random), QueryCodes.hash(hash, " " + random.toLowerCase().substring(0, 4) + "-"
                + random.substring(4)), "typed in lower case with a dash");
    }

    @Test
    void theSameMatterIgnoresSpacesPunctuationAndWidth() {
        assertArrayEquals(MatterKey.of("2025年 数据开放目录（全文）。"), MatterKey.of("2025年数据开放目录(全文)"));
        assertArrayEquals(MatterKey.of("ＡＢＣ 目录"), MatterKey.of("abc目录"));
        assertFalse(Arrays.equals(MatterKey.of("2025年数据开放目录"), MatterKey.of("2024年数据开放目录")));
    }

    static byte[] key(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return key;
    }

    static String base64(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }
}
