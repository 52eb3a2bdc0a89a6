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
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who uses the system: a local account with a password hash, or an SSO user whose
 * record was created at first login. Owns its locally granted roles and whether its password,
 * set by someone else, must be replaced by its owner. (How often a login may be tried is kept
 * per name and per address in {@link LoginThrottle}.)
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

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

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

    /** A local account created by the office head, whose owner must replace the initial password at the first login. */
    public static AppUser withInitialPassword(String username, String displayName, String passwordHash, LocalDateTime now) {
        AppUser user = localAccount(username, displayName, passwordHash, now);
        user.passwordChangeRequired = true;
        return user;
    }

    /** A user created at their first SSO login; the office links them to a department later. */
    public static AppUser fromSso(String ssoSubject, String username, String displayName, String email, LocalDateTime now) {
        AppUser user = new AppUser(username, displayName, now);
        user.ssoSubject = Objects.requireNonNull(ssoSubject);
        user.email = email;
        return user;
    }

    public void registerSuccessfulLogin(LocalDateTime now) {
        lastLoginAt = now;
    }

    /** A password set by the office head: its owner must replace it at the next login. */
    public void setPasswordByOffice(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangeRequired = true;
    }

    /** The owner's own new password; any change the office required is done. */
    public void changeOwnPassword(String newHash) {
        if (!isLocalAccount()) {
            throw new IllegalStateException("an SSO user has no password here");
        }
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangeRequired = false;
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

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
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
