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
import java.util.List;

/**
 * The office's list of users: link a user to a department, grant roles (office head), create
 * a local account (office head, {@link NewAccountForm}). One user is edited at a time in a dialog.
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
        administration.grantRoles(selected.getId(), selected.getVersion(), NewAccountForm.asSet(roles));
        messages.info(null, "admin.saved");
        load();
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
}
