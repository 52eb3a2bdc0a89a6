package cn.xxgk.catalogue.web;

import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.catalogue.boundary.CatalogueSettings;
import cn.xxgk.catalogue.boundary.GovInfoChain;
import cn.xxgk.catalogue.control.BodyHtml;
import cn.xxgk.catalogue.entity.ChainStep;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.GovInfoStep;
import cn.xxgk.identity.boundary.Directory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One item with its whole history (信息详情), as the office, the department and the leader see
 * it; the leader approves or returns it here, on a desk or a phone. Which action forms appear
 * depends on the step and the caller's roles; the boundary decides whether the step is allowed.
 */
@Named
@ViewScoped
public class ItemView implements Serializable {

    @Inject
    GovInfoChain chain;

    @Inject
    Deadlines deadlines;

    @Inject
    Directory directory;

    @Inject
    CatalogueSettings settings;

    /** The page's actions and the step each one takes. */
    static final Map<String, ChainStep> STEPS = Map.ofEntries(Map.entry("edit", ChainStep.EDITED),
            Map.entry("confirm", ChainStep.CONFIRMED), Map.entry("return", ChainStep.RETURNED),
            Map.entry("review", ChainStep.REVIEWED), Map.entry("consult", ChainStep.CONSULTATION_SENT),
            Map.entry("answer", ChainStep.CONSULTATION_ANSWERED), Map.entry("secrecy", ChainStep.SECRECY_PASSED),
            Map.entry("signOff", ChainStep.SIGNED_OFF), Map.entry("catalogue", ChainStep.CATALOGUED),
            Map.entry("agencyConfirmation", ChainStep.AGENCY_CONFIRMED), Map.entry("publish", ChainStep.PUBLISHED),
            Map.entry("revise", ChainStep.REVISED));

    private Long id;
    private Set<ChainStep> possible = Set.of();
    private GovInfo info;
    private List<GovInfoStep> history;
    private String departmentName;
    private DeadlineStatus deadline;
    private Map<String, String> channelNames;

    public void load() {
        info = chain.find(id);
        possible = chain.possibleSteps(id);
        history = chain.history(id).reversed(); // newest first: what happened last matters most
        departmentName = directory.departmentName(info.getDepartmentId());
        channelNames = settings.channelNames();
        deadline = info.getPublicationDeadlineId() == null || info.getState().isFinal() ? null
                : deadlines.statuses(List.of(info.getPublicationDeadlineId())).get(info.getPublicationDeadlineId());
    }

    /** Whether to show the form of an action (see {@link ChainActions}): the item's own answer for this caller. */
    public boolean offers(String action) {
        return possible.contains(STEPS.get(action));
    }

    public boolean isAnyActionOffered() {
        return !possible.isEmpty();
    }

    /** The outcome that shows an item's page afresh after a step, keeping the step's message. */
    static String reopen(GovInfo info) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/catalogue/item.xhtml?faces-redirect=true&id=" + info.getId();
    }

    /** The body, sanitised again on the way out (it was on the way in): rendered as HTML. */
    public String getSafeBody() {
        return BodyHtml.sanitise(info.getBodyHtml());
    }

    public String channelName(String code) {
        return channelNames.getOrDefault(code, code);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public GovInfo getInfo() { return info; }
    public List<GovInfoStep> getHistory() { return history; }
    public String getDepartmentName() { return departmentName; }
    public DeadlineStatus getDeadline() { return deadline; }
}
