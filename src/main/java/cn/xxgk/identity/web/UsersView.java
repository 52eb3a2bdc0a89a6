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
    private List<Role> roles;

    private String newUsername;
    private String newDisplayName;
    private String newPassword;
    private List<Role> newRoles;

    public void load() {
        users = administration.users();
        departments = administration.departments();
    }

    public void select(AppUser user) {
        selected = user;
        departmentId = user.getDepartment() == null ? null : user.getDepartment().getId();
        roles = List.copyOf(user.getRoles());
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

    private static Set<Role> asSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
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

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
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

    public List<Role> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<Role> newRoles) {
        this.newRoles = newRoles;
    }
}
