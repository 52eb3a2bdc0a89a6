package cn.xxgk.identity.boundary;

import cn.xxgk.identity.control.Contact;
import cn.xxgk.identity.entity.AppUser;
import cn.xxgk.identity.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Who holds a role and how to reach them, for the other components (reminders, notices). */
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

    private static Contact contact(AppUser user) {
        return new Contact(user.getUsername(), user.getDisplayName(), user.getEmail());
    }
}
