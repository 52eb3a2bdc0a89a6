package cn.xxgk.identity.boundary;

import cn.xxgk.identity.control.Contact;
import cn.xxgk.identity.entity.AppUser;
import cn.xxgk.identity.entity.Department;
import cn.xxgk.identity.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Who holds a role, how to reach them and which department they work in, for the other components. */
@Stateless
@PermitAll
public class Directory {

    @PersistenceContext
    EntityManager em;

    /** Enabled users holding the role locally. */
    public List<Contact> withRole(Role role) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.enabled = TRUE AND :role MEMBER OF u.roles ORDER BY u.username",
                        AppUser.class)
                .setParameter("role", role)
                .getResultStream().map(Directory::contact).toList();
    }

    public Optional<Contact> contact(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .getResultStream().filter(AppUser::isEnabled).findFirst().map(Directory::contact);
    }

    /**
     * The name a user is shown by, for the screens, also of a user disabled since (whose steps stay
     * in the records); empty for a name the directory does not know (a system job).
     */
    public Optional<String> displayName(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .getResultStream().findFirst().map(AppUser::getDisplayName);
    }

    /** The id of the department an enabled user belongs to, if any (object-level checks of other components). */
    public Optional<Long> departmentOf(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .getResultStream().filter(AppUser::isEnabled).findFirst()
                .map(AppUser::getDepartment).map(Department::getId);
    }

    /** The id of the department with this name, if there is one. */
    public Optional<Long> departmentNamed(String name) {
        return em.createQuery("SELECT d.id FROM Department d WHERE d.name = :name", Long.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    /** All departments by name, for filters and pick lists. */
    public List<Department> departments() {
        return em.createQuery("SELECT d FROM Department d ORDER BY d.name", Department.class).getResultList();
    }

    /** The name of a department, for lists and the catalogue; null when unknown. */
    public String departmentName(Long departmentId) {
        Department department = departmentId == null ? null : em.find(Department.class, departmentId);
        return department == null ? null : department.getName();
    }

    private static Contact contact(AppUser user) {
        return new Contact(user.getUsername(), user.getDisplayName(), user.getEmail());
    }
}
