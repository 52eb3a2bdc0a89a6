package cn.xxgk.identity.web;

import cn.xxgk.identity.boundary.UserAdministration;
import cn.xxgk.identity.entity.Department;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The office's list of departments: add one, rename one. */
@Named
@ViewScoped
public class DepartmentsView implements Serializable {

    @Inject
    UserAdministration administration;

    @Inject
    Messages messages;

    private List<Department> departments;
    private final Map<Long, String> names = new HashMap<>();
    private String newName;

    public void load() {
        departments = administration.departments();
        names.clear();
        departments.forEach(d -> names.put(d.getId(), d.getName()));
    }

    public void create() {
        Department created = administration.createDepartment(newName);
        messages.info(null, "admin.department.created", created.getName());
        newName = null;
        load();
    }

    /** Renames to the name typed in the row; the version is the one the user saw. */
    public void rename(Department shown) {
        administration.renameDepartment(shown.getId(), shown.getVersion(), names.get(shown.getId()));
        messages.info(null, "admin.saved");
        load();
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
