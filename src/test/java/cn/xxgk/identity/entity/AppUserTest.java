package cn.xxgk.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AppUserTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 25, 9, 0);

    @Test
    void anAccountTheOfficeHeadCreatesMustChangeItsPassword() {
        AppUser user = AppUser.withInitialPassword("zhang", "张三", "hash", T0);

        assertTrue(user.isPasswordChangeRequired());
        user.changeOwnPassword("new-hash");
        assertFalse(user.isPasswordChangeRequired());
        assertEquals("new-hash", user.getPasswordHash());
    }

    @Test
    void aPasswordTheOfficeSetsMustBeChangedAgain() {
        AppUser user = AppUser.localAccount("zhang", "张三", "hash", T0);
        assertFalse(user.isPasswordChangeRequired(), "the demo accounts are not made to change theirs");

        user.setPasswordByOffice("office-hash");

        assertTrue(user.isPasswordChangeRequired());
    }

    @Test
    void aSuccessfulLoginIsStamped() {
        AppUser user = AppUser.localAccount("zhang", "张三", "hash", T0);

        user.registerSuccessfulLogin(T0);

        assertEquals(T0, user.getLastLoginAt());
    }

    @Test
    void ssoUsersHaveNoPasswordToChange() {
        AppUser sso = AppUser.fromSso("sub-1", "li", "李四", null, T0);

        assertFalse(sso.isLocalAccount());
        assertEquals("sub-1", sso.getSsoSubject());
        assertThrows(IllegalStateException.class, () -> sso.changeOwnPassword("hash"));
    }
}
