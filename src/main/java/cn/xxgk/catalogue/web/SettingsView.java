package cn.xxgk.catalogue.web;

import cn.xxgk.catalogue.boundary.CatalogueSettings;
import cn.xxgk.catalogue.entity.ChannelKind;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.KeyContentResponsibility;
import cn.xxgk.catalogue.entity.SignOffDelegationSetting;
import cn.xxgk.catalogue.entity.SubjectCategory;
import cn.xxgk.catalogue.entity.SubjectSubcategory;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.identity.entity.Department;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 目录设置: the agency's second-level subject categories, its publication channels and the
 * department responsible for each key content category, the sign-off delegation. The office sees it; the office head
 * changes it (the boundary refuses anyone else).
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    @Inject
    CatalogueSettings settings;

    @Inject
    Directory directory;

    @Inject
    Messages messages;

    private List<SubjectSubcategory> subcategories;
    private List<ChannelKind> channels;
    private List<KeyContentResponsibility> responsibilities;
    private Map<KeyContentCategory, String> responsibleNames;
    private List<Department> departments;
    private boolean mayChange;
    private SignOffDelegationSetting delegation;
    private final Map<KeyContentCategory, Long> chosen = new java.util.EnumMap<>(KeyContentCategory.class);
    private SubjectCategory newCategory;
    private String newSubcategory;
    private String newChannel;

    public void load() {
        subcategories = settings.subcategories(false);
        channels = settings.channels(false);
        responsibilities = settings.keyContentResponsibilities();
        responsibleNames = settings.keyContentDepartments();
        departments = directory.departments();
        mayChange = settings.mayChange();
        delegation = settings.signOffDelegation();
        chosen.clear();
        responsibilities.forEach(r -> chosen.put(r.getCategory(), r.getDepartmentId()));
    }

    public void addSubcategory() {
        SubjectSubcategory added = settings.addSubcategory(newCategory, newSubcategory);
        messages.info(null, "catalogue.settings.added", added.getCategory().officialName() + " / " + added.getName());
        newSubcategory = null;
        load();
    }

    public void toggle(SubjectSubcategory subcategory) {
        settings.setSubcategoryActive(subcategory.getId(), subcategory.getVersion(), !subcategory.isActive());
        messages.info(null, "admin.saved");
        load();
    }

    public void addChannel() {
        ChannelKind added = settings.addChannel(newChannel);
        messages.info(null, "catalogue.settings.added", added.getName());
        newChannel = null;
        load();
    }

    public void toggle(ChannelKind channel) {
        settings.setChannelActive(channel.getCode(), channel.getVersion(), !channel.isActive());
        messages.info(null, "admin.saved");
        load();
    }

    public void assign(KeyContentResponsibility responsibility) {
        settings.assignKeyContent(responsibility.getCategory(), responsibility.getVersion(),
                chosen.get(responsibility.getCategory()));
        messages.info(null, "admin.saved");
        load();
    }

    /** Seed 三(四) as written, or the leadership's delegation of official documents to the leader in charge. */
    public void toggleDelegation() {
        settings.setSignOffDelegation(!delegation.isOfficialDocumentsByLeaderInCharge(), delegation.getVersion());
        messages.info(null, "admin.saved");
        load();
    }

    public String responsibleName(KeyContentCategory category) {
        return responsibleNames.get(category);
    }

    public SubjectCategory[] getCategories() { return SubjectCategory.values(); }
    public List<SubjectSubcategory> getSubcategories() { return subcategories; }
    public List<ChannelKind> getChannels() { return channels; }
    public List<KeyContentResponsibility> getResponsibilities() { return responsibilities; }
    public List<Department> getDepartments() { return departments; }
    public boolean isMayChange() { return mayChange; }
    public SignOffDelegationSetting getDelegation() { return delegation; }
    public Map<KeyContentCategory, Long> getChosen() { return chosen; }
    public SubjectCategory getNewCategory() { return newCategory; }
    public void setNewCategory(SubjectCategory newCategory) { this.newCategory = newCategory; }
    public String getNewSubcategory() { return newSubcategory; }
    public void setNewSubcategory(String newSubcategory) { this.newSubcategory = newSubcategory; }
    public String getNewChannel() { return newChannel; }
    public void setNewChannel(String newChannel) { this.newChannel = newChannel; }
}
