package cn.xxgk.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who uses the system: a local account with a password hash, or an SSO user whose
 * record was created at first login. Owns its locally granted roles and its lockout state.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_USERNAME, query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(name = AppUser.BY_SSO_SUBJECT, query = "SELECT u FROM AppUser u WHERE u.ssoSubject = :subject")
@NamedQuery(name = AppUser.ALL, query = "SELECT u FROM AppUser u LEFT JOIN FETCH u.department ORDER BY u.username")
public class AppUser {

    public static final String BY_USERNAME = "AppUser.byUsername";
    public static final String BY_SSO_SUBJECT = "AppUser.bySsoSubject";
    public static final String ALL = "AppUser.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 200)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "sso_subject", updatable = false, length = 255)
    private String ssoSubject;

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_assignment", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected AppUser() {
    }

    private AppUser(String username, String displayName, LocalDateTime createdAt) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A user who logs in with a password kept here (bureaus without SSO, and the demo). */
    public static AppUser localAccount(String username, String displayName, String passwordHash, LocalDateTime now) {
        AppUser user = new AppUser(username, displayName, now);
        user.passwordHash = Objects.requireNonNull(passwordHash);
        return user;
    }

    /** A user created at their first SSO login; the office links them to a department later. */
    public static AppUser fromSso(String ssoSubject, String username, String displayName, String email, LocalDateTime now) {
        AppUser user = new AppUser(username, displayName, now);
        user.ssoSubject = Objects.requireNonNull(ssoSubject);
        user.email = email;
        return user;
    }

    /** True while a lockout set by {@link #registerFailedLogin} has not run out. */
    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed password; the failure that reaches {@code maxFailures} locks the account
     * for {@code lockDuration}. Returns true when this failure caused the lock.
     */
    public boolean registerFailedLogin(LocalDateTime now, int maxFailures, Duration lockDuration) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // an expired lock starts a fresh count
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= maxFailures && lockedUntil == null) {
            lockedUntil = now.plus(lockDuration);
            return true;
        }
        return false;
    }

    public void registerSuccessfulLogin(LocalDateTime now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void updateProfile(String displayName, String email) {
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
    }

    public void assignTo(Department department) {
        this.department = department;
    }

    public void grantRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isLocalAccount() {
        return passwordHash != null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Department getDepartment() {
        return department;
    }

    public String getSsoSubject() {
        return ssoSubject;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public long getVersion() {
        return version;
    }
}
