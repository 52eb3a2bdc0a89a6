package cn.xxgk.identity.web;

import cn.xxgk.identity.boundary.UserAdministration;
import cn.xxgk.identity.entity.AppUser;
import cn.xxgk.identity.control.PasswordPolicy;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The office head's form for a local account (for agencies not on the SSO): one request long,
 * it refreshes the user list of the page it sits on once the account exists.
 */
@Named("newAccount")
@RequestScoped
public class NewAccountForm {

    static final String FORM = "new-user";

    @Inject
    UserAdministration administration;

    @Inject
    UsersView users;

    @Inject
    Messages messages;

    @Inject
    FieldFlaws flaws;

    /** The field of the form each refusal concerns (the password policy's: the password). */
    static final Map<String, String> FIELD_OF_FLAW = Map.of(
            "admin.user.usernameInvalid", "username",
            "admin.user.duplicate", "username",
            "admin.user.displayNameRequired", "displayName");

    private String username;
    private String displayName;
    private String password;
    private Role[] roles;

    public void create() {
        AppUser created = flaws.attempt(FORM, NewAccountForm::fieldOf,
                () -> administration.createLocalAccount(username, displayName, password, asSet(roles)));
        if (created == null) {
            return;
        }
        messages.info(null, "admin.user.created", created.getUsername());
        username = null;
        displayName = null;
        password = null;
        roles = null;
        users.load();
    }

    static String fieldOf(String messageKey) {
        return PasswordPolicy.REFUSALS.contains(messageKey) ? "password" : FIELD_OF_FLAW.get(messageKey);
    }

    /** Arrays rather than lists: Faces converts the checked values by the array's component type. */
    static Set<Role> asSet(Role[] roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            set.addAll(Arrays.asList(roles));
        }
        return set;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Role[] getRoles() { return roles; }
    public void setRoles(Role[] roles) { this.roles = roles; }
}
