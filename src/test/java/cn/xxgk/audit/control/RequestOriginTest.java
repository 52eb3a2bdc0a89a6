package cn.xxgk.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestOriginTest {

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() {
        assertEquals("10.1.2.3", RequestOrigin.clientAddress("192.168.0.10", "10.1.2.3, 192.168.0.10", Set.of("192.168.0.10")));
        assertEquals("203.0.113.9", RequestOrigin.clientAddress("203.0.113.9", "10.1.2.3", Set.of("192.168.0.10")),
                "a client cannot write its own address into the audit record");
        assertEquals("192.168.0.10", RequestOrigin.clientAddress("192.168.0.10", null, Set.of("192.168.0.10")));
    }
}
