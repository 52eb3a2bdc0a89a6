package cn.xxgk.identity.web;

import cn.xxgk.identity.boundary.UserAdministration;
import cn.xxgk.identity.entity.AppUser;
import cn.xxgk.identity.entity.Department;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The office's list of users: link a user to a department, grant roles (office head), create
 * a local account (office head). One user is edited at a time in a dialog.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    @Inject
    UserAdministration administration;

    @Inject
    Messages messages;

    private List<AppUser> users;
    private List<Department> departments;

    private AppUser selected;
    private Long departmentId;
    private Role[] roles;

    private String newUsername;
    private String newDisplayName;
    private String newPassword;
    private Role[] newRoles;

    public void load() {
        users = administration.users();
        departments = administration.departments();
    }

    public void select(AppUser user) {
        selected = user;
        departmentId = user.getDepartment() == null ? null : user.getDepartment().getId();
        roles = user.getRoles().toArray(Role[]::new);
    }

    public void saveDepartment() {
        administration.assignDepartment(selected.getId(), selected.getVersion(), departmentId);
        messages.info(null, "admin.saved");
        load();
    }

    public void saveRoles() {
        administration.grantRoles(selected.getId(), selected.getVersion(), asSet(roles));
        messages.info(null, "admin.saved");
        load();
    }

    public void create() {
        AppUser created = administration.createLocalAccount(newUsername, newDisplayName, newPassword, asSet(newRoles));
        messages.info(null, "admin.user.created", created.getUsername());
        newUsername = null;
        newDisplayName = null;
        newPassword = null;
        newRoles = null;
        load();
    }

    /** Arrays rather than lists: Faces converts the checked values by the array's component type. */
    private static Set<Role> asSet(Role[] roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            set.addAll(Arrays.asList(roles));
        }
        return set;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<AppUser> getUsers() {
        return users;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public AppUser getSelected() {
        return selected;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public Role[] getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(Role[] newRoles) {
        this.newRoles = newRoles;
    }
}
