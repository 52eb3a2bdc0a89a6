package cn.xxgk.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertEquals("address:10.1.2.3", ThrottlePolicy.addressKey("10.1.2.3"));
    }

    @Test
    void ipv6AddressesOfOneSlash64ShareAKey() {
        assertEquals(ThrottlePolicy.addressKey("2001:db8:1:2::1"), ThrottlePolicy.addressKey("2001:db8:1:2:ffff:0:0:9"));
        assertEquals("address:20010db800010002::/64", ThrottlePolicy.addressKey("2001:db8:1:2::1"));
    }

    @Test
    void accountNamesDoNotDifferByCaseOrSpaces() {
        assertEquals(ThrottlePolicy.accountKey("Office"), ThrottlePolicy.accountKey(" office "));
    }

    @Test
    void aHugeNameStillFitsTheKeyColumn() {
        assertTrue(ThrottlePolicy.accountKey("x".repeat(1_000_000)).length() <= ThrottlePolicy.MAX_KEY);
    }
}
