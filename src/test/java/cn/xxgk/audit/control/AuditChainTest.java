package cn.xxgk.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    @Test
    void theHashIsSha256OfThePreviousHashANewlineAndTheContent() {
        // printf '%s\n%s' "$(printf '0%.0s' {1..64})" '1:1|' | sha256sum
        // an operator can recompute it with the shell: that is the point of a documented chain
        assertEquals("f987fcf87a04aefc56806040d6311ad0ea46f5d6e95f56766dbc821fed4fd9f5",
                AuditChain.hash(AuditChain.GENESIS, "1:1|"));
    }

    @Test
    void everyBitOfThePreviousHashAndTheContentCounts() {
        String first = AuditChain.hash(AuditChain.GENESIS, "1:1|");
        assertNotEquals(first, AuditChain.hash(AuditChain.GENESIS, "1:2|"));
        assertNotEquals(first, AuditChain.hash("1" + AuditChain.GENESIS.substring(1), "1:1|"));
    }
}
