package cn.xxgk.identity.boundary;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.identity.control.PasswordHasher;
import cn.xxgk.identity.control.PasswordPolicy;
import cn.xxgk.identity.entity.Agency;
import cn.xxgk.identity.entity.AppUser;
import cn.xxgk.identity.entity.Department;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The office's administration of departments and users. Office staff keep the departments and
 * link users to them; granting roles, creating local accounts and disabling them is for the
 * office head, because a role opens information that is not yet public.
 */
@Stateless
@RolesAllowed({Role.Names.OFFICE_STAFF, Role.Names.OFFICE_HEAD})
public class UserAdministration {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencySetup agencies;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy passwords;

    @Inject
    Clock clock;

    public List<Department> departments() {
        return em.createNamedQuery(Department.ALL, Department.class).getResultList();
    }

    public List<AppUser> users() {
        return em.createNamedQuery(AppUser.ALL, AppUser.class).getResultList();
    }

    @Audited(action = "DEPARTMENT_CREATE", objectType = "Department")
    public Department createDepartment(String name) {
        Agency agency = agencies.currentAgency();
        String wanted = requireDepartmentName(name);
        if (!em.createNamedQuery(Department.BY_NAME, Department.class)
                .setParameter("agency", agency).setParameter("name", wanted).getResultList().isEmpty()) {
            throw new InvalidInputException("admin.department.duplicate", wanted);
        }
        Department department = new Department(agency, wanted, now());
        em.persist(department);
        return department;
    }

    @Audited(action = "DEPARTMENT_RENAME", objectType = "Department")
    public Department renameDepartment(Long departmentId, long seenVersion, String newName) {
        Department department = findDepartment(departmentId);
        ConcurrentChangeException.check("Department", departmentId, seenVersion, department.getVersion());
        String wanted = requireDepartmentName(newName);
        boolean taken = em.createNamedQuery(Department.BY_NAME, Department.class)
                .setParameter("agency", agencies.currentAgency()).setParameter("name", wanted)
                .getResultStream().anyMatch(other -> !other.getId().equals(departmentId));
        if (taken) {
            throw new InvalidInputException("admin.department.duplicate", wanted);
        }
        department.rename(wanted);
        return flushed(department, departmentId);
    }

    @Audited(action = "USER_DEPARTMENT_ASSIGN", objectType = "AppUser")
    public AppUser assignDepartment(Long userId, long seenVersion, Long departmentId) {
        AppUser user = findUser(userId, seenVersion);
        user.assignTo(departmentId == null ? null : findDepartment(departmentId));
        return flushed(user, userId);
    }

    @RolesAllowed(Role.Names.OFFICE_HEAD)
    @Audited(action = "USER_ROLES_GRANT", objectType = "AppUser")
    public AppUser grantRoles(Long userId, long seenVersion, Set<Role> roles) {
        AppUser user = findUser(userId, seenVersion);
        user.grantRoles(roles);
        // The roles live in their own table; touching the version makes a parallel edit of the
        // same user's roles fail instead of silently mixing the two.
        em.lock(user, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return flushed(user, userId);
    }

    @RolesAllowed(Role.Names.OFFICE_HEAD)
    @Audited(action = "USER_ENABLE", objectType = "AppUser")
    public AppUser setEnabled(Long userId, long seenVersion, boolean enabled) {
        AppUser user = findUser(userId, seenVersion);
        user.setEnabled(enabled);
        return flushed(user, userId);
    }

    @RolesAllowed(Role.Names.OFFICE_HEAD)
    @Audited(action = "USER_CREATE", objectType = "AppUser")
    public AppUser createLocalAccount(String username, String displayName, String initialPassword, Set<Role> roles) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("admin.user.usernameInvalid");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("admin.user.displayNameRequired");
        }
        passwords.check(name, initialPassword);
        if (!em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", name)
                .getResultList().isEmpty()) {
            throw new InvalidInputException("admin.user.duplicate", name);
        }
        AppUser user = AppUser.withInitialPassword(name, displayName.strip(), hasher.hash(initialPassword.toCharArray()), now());
        user.grantRoles(roles);
        em.persist(user);
        return user;
    }

    /** A new password for a local account that its owner must replace at the next login. */
    @RolesAllowed(Role.Names.OFFICE_HEAD)
    @Audited(action = "USER_PASSWORD_SET", objectType = "AppUser")
    public AppUser setPassword(Long userId, long seenVersion, String newPassword) {
        AppUser user = findUser(userId, seenVersion);
        if (!user.isLocalAccount()) {
            throw new InvalidInputException("password.notLocal");
        }
        passwords.check(user.getUsername(), newPassword);
        user.setPasswordByOffice(hasher.hash(newPassword.toCharArray()));
        return flushed(user, userId);
    }

    private AppUser findUser(Long userId, long seenVersion) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null) {
            throw new NotFoundException("admin.user.notFound");
        }
        ConcurrentChangeException.check("AppUser", userId, seenVersion, user.getVersion());
        return user;
    }

    private Department findDepartment(Long departmentId) {
        Department department = em.find(Department.class, departmentId);
        if (department == null) {
            throw new NotFoundException("admin.department.notFound");
        }
        return department;
    }

    private static String requireDepartmentName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > Department.MAX_NAME_LENGTH) {
            throw new InvalidInputException("admin.department.nameInvalid", Department.MAX_NAME_LENGTH);
        }
        return name.strip();
    }

    /** Flushes inside the method so that a lost race surfaces here, as a message the user understands. */
    private <T> T flushed(T entity, Object id) {
        try {
            em.flush();
            return entity;
        } catch (OptimisticLockException race) {
            throw new ConcurrentChangeException(entity.getClass().getSimpleName(), id);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
