package cn.xxgk.catalogue.web;

import cn.xxgk.catalogue.boundary.CatalogueSettings;
import cn.xxgk.catalogue.boundary.GovInfoChain;
import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.DraftContent;
import cn.xxgk.catalogue.entity.ExemptionGround;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.SubjectCategory;
import cn.xxgk.catalogue.entity.SubjectSubcategory;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The drafting sheet (拟稿): a new draft of the caller's department, or the edit of one of its
 * drafts (also after a return). A flaw the boundary finds is shown on the field it concerns, and
 * nothing is saved; what was typed stays on the screen.
 */
@Named
@ViewScoped
public class DraftView implements Serializable {

    /** Which field a boundary refusal concerns, so that its message appears next to it ({@link FieldFlaws}). */
    static final Map<String, String> FIELD_OF_FLAW = Map.ofEntries(
            Map.entry("catalogue.invalid.titleRequired", "title"),
            Map.entry("catalogue.invalid.titleTooLong", "title"),
            Map.entry("catalogue.invalid.bodyRequired", "body"),
            Map.entry("catalogue.invalid.writtenDateRequired", "writtenDate"),
            Map.entry("catalogue.invalid.writtenDateFuture", "writtenDate"),
            Map.entry("catalogue.invalid.subjectRequired", "subject"),
            Map.entry("catalogue.invalid.attributeRequired", "attribute"),
            Map.entry("catalogue.invalid.documentType", "documentType"),
            Map.entry("catalogue.invalid.documentNumber", "documentNumber"),
            Map.entry("catalogue.invalid.exemptionReasonRequired", "exemptionReason"),
            Map.entry("catalogue.invalid.otherAgencyRequired", "otherAgencyName"),
            Map.entry("catalogue.invalid.unknownSubcategory", "subcategory"));

    @Inject
    GovInfoChain chain;

    @Inject
    Messages messages;

    @Inject
    FieldFlaws flaws;

    @Inject
    CatalogueSettings settings;

    private Long id;
    private long version;
    private boolean editable = true;
    private DraftForm form = new DraftForm();
    private List<SubjectSubcategory> subcategories;
    private Map<KeyContentCategory, String> keyContentDepartments;

    public void load() {
        subcategories = settings.subcategories(true);
        keyContentDepartments = settings.keyContentDepartments();
        if (id == null) {
            return;
        }
        GovInfo info = chain.find(id);
        version = info.getVersion();
        form = DraftForm.of(info.content());
        editable = info.getState() == GovInfoState.DRAFT;
        if (!editable) {
            messages.error(null, "govinfo.edit.notDraft");
        }
    }

    /** Saves and goes on to the item's page; on a flaw stays here with the message on its field. */
    public String save() {
        GovInfo saved;
        try {
            saved = id == null ? chain.create(form.input()) : chain.edit(id, version, form.input());
        } catch (InvalidInputException flaw) {
            flaws.refuse("draft", FIELD_OF_FLAW::get, flaw);
            return null;
        }
        messages.info(null, "govinfo.edit.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/catalogue/item.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    /** The agency's second level under the category chosen (plus the item's own, if it was retired since). */
    public List<String> getSubcategoryNames() {
        List<String> names = new java.util.ArrayList<>(subcategories.stream()
                .filter(s -> s.getCategory() == form.getSubjectCategory()).map(SubjectSubcategory::getName).toList());
        if (form.getSubjectSubcategory() != null && !names.contains(form.getSubjectSubcategory())) {
            names.add(form.getSubjectSubcategory());
        }
        return names;
    }

    public String responsibleDepartment(KeyContentCategory category) {
        return keyContentDepartments.get(category);
    }

    public boolean isExempt() { return form.getAttribute() == DisclosureAttribute.EXEMPT; }
    public List<String> getDocumentTypes() { return DraftContent.DOCUMENT_TYPES.stream().sorted().toList(); }
    public SubjectCategory[] getSubjects() { return SubjectCategory.values(); }
    public KeyContentCategory[] getKeyContentCategories() { return KeyContentCategory.values(); }
    public DisclosureAttribute[] getAttributes() { return DisclosureAttribute.values(); }
    public ExemptionGround[] getGrounds() { return ExemptionGround.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isEditable() { return editable; }
    public DraftForm getForm() { return form; }
}
