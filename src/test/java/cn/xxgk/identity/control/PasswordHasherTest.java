package cn.xxgk.identity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String hash = hasher.hash("正确的密码-123".toCharArray());

        assertTrue(hasher.verify("正确的密码-123".toCharArray(), hash));
        assertFalse(hasher.verify("正确的密码-124".toCharArray(), hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("secret".toCharArray()), hasher.hash("secret".toCharArray()));
    }

    @Test
    void theIterationCountTravelsWithTheHash() {
        String weak = new PasswordHasher(1000).hash("secret".toCharArray());

        assertTrue(weak.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(new PasswordHasher(5000).verify("secret".toCharArray(), weak), "old hashes stay valid when the count is raised");
    }

    @Test
    void theDefaultIsOwaspStrength() {
        assertTrue(PasswordHasher.ITERATIONS >= 600_000);
    }

    @Test
    void malformedOrMissingHashesNeverMatch() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain-text"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha256$abc$AAAA$AAAA"));
        assertFalse(hasher.verify("x".toCharArray(), "md5$1$AAAA$AAAA"));
    }
}
