package cn.xxgk.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AppUserTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 25, 9, 0);
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final AppUser user = AppUser.localAccount("zhang", "张三", "hash", T0);

    @Test
    void theFifthFailureLocksForTheConfiguredTime() {
        for (int i = 0; i < 4; i++) {
            assertFalse(user.registerFailedLogin(T0, 5, LOCK));
        }
        assertTrue(user.registerFailedLogin(T0, 5, LOCK));

        assertTrue(user.isLockedAt(T0.plusMinutes(14)));
        assertFalse(user.isLockedAt(T0.plusMinutes(15)));
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        user.registerFailedLogin(T0, 5, LOCK);
        user.registerFailedLogin(T0, 5, LOCK);
        user.registerSuccessfulLogin(T0);

        assertEquals(0, user.getFailedLogins());
        assertEquals(T0, user.getLastLoginAt());
    }

    @Test
    void afterAnExpiredLockTheCountStartsAfresh() {
        for (int i = 0; i < 5; i++) {
            user.registerFailedLogin(T0, 5, LOCK);
        }
        LocalDateTime later = T0.plusMinutes(20);

        assertFalse(user.registerFailedLogin(later, 5, LOCK), "one failure after the lock ran out does not lock again");
        assertEquals(1, user.getFailedLogins());
        assertFalse(user.isLockedAt(later));
    }

    @Test
    void ssoUsersHaveNoPassword() {
        AppUser sso = AppUser.fromSso("sub-1", "li", "李四", null, T0);

        assertFalse(sso.isLocalAccount());
        assertEquals("sub-1", sso.getSsoSubject());
    }
}
