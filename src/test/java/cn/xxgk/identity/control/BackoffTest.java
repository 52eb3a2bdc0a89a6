package cn.xxgk.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    private final Backoff account = new Backoff(3, Duration.ofMinutes(5));

    @ParameterizedTest(name = "after {0} failures wait {1} s")
    @CsvSource({"0, 0", "1, 0", "2, 0", "3, 2", "4, 4", "5, 8", "8, 64", "10, 256", "11, 300", "12, 300", "1000, 300",
            "2147483647, 300"})
    void doublesFromTheThirdFailureUpToTheCap(int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), account.waitAfter(failures));
    }

    @Test
    void anAddressRuleWithMoreFreeFailuresReachesItsCapLater() {
        Backoff address = new Backoff(10, Duration.ofMinutes(15));

        assertEquals(Duration.ZERO, address.waitAfter(9));
        assertEquals(Duration.ofSeconds(2), address.waitAfter(10));
        assertEquals(Duration.ofSeconds(512), address.waitAfter(18));
        assertEquals(Duration.ofMinutes(15), address.waitAfter(19));
    }

    @Test
    void refusesANonsenseRule() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0, Duration.ofMinutes(5)));
    }
}
