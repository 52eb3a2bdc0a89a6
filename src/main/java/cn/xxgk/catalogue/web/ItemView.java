package cn.xxgk.catalogue.web;

import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.catalogue.boundary.CatalogueSettings;
import cn.xxgk.catalogue.boundary.GovInfoChain;
import cn.xxgk.catalogue.control.BodyHtml;
import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.GovInfoStep;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.identity.web.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

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
    CurrentUser currentUser;

    @Inject
    CatalogueSettings settings;

    private Long id;
    private GovInfo info;
    private List<GovInfoStep> history;
    private String departmentName;
    private DeadlineStatus deadline;
    private Map<String, String> channelNames;

    public void load() {
        info = chain.find(id);
        history = chain.history(id).reversed(); // newest first: what happened last matters most
        departmentName = directory.departmentName(info.getDepartmentId());
        channelNames = settings.channelNames();
        deadline = info.getPublicationDeadlineId() == null || info.getState().isFinal() ? null
                : deadlines.statuses(List.of(info.getPublicationDeadlineId())).get(info.getPublicationDeadlineId());
    }

    /** Whether to show the form of an action (see {@link ChainActions}) to this caller at this step. */
    public boolean offers(String action) {
        GovInfoState s = info.getState();
        boolean office = has(Role.OFFICE_STAFF) || has(Role.OFFICE_HEAD);
        boolean leader = has(Role.LEADER_IN_CHARGE) || has(Role.DIRECTOR);
        return switch (action) {
            case "edit" -> s == GovInfoState.DRAFT && has(Role.DEPT_STAFF);
            case "confirm" -> s == GovInfoState.DRAFT && has(Role.DEPT_HEAD);
            case "return" -> (s == GovInfoState.DRAFT && has(Role.DEPT_HEAD))
                    || ((s == GovInfoState.CONFIRMED || s == GovInfoState.REVIEWED) && office)
                    || (s == GovInfoState.SECRECY_PASSED && leader);
            case "review", "consult" -> s == GovInfoState.CONFIRMED && office;
            case "answer" -> s == GovInfoState.CONSULTATION && office;
            case "secrecy" -> (s == GovInfoState.REVIEWED || s == GovInfoState.SECRECY_DOUBTFUL)
                    && (office || has(Role.SECRECY_OFFICER));
            case "signOff" -> s == GovInfoState.SECRECY_PASSED && leader;
            case "catalogue" -> s == GovInfoState.SIGNED_OFF && office;
            case "agencyConfirmation" -> info.isInvolvesOtherAgency() && !s.isFinal()
                    && info.getOtherAgencyConfirmedAt() == null && office;
            case "publish" -> s == GovInfoState.CATALOGUED && info.getAttribute() == DisclosureAttribute.PROACTIVE
                    && office;
            case "revise" -> s == GovInfoState.PUBLISHED && (office || has(Role.DEPT_STAFF));
            default -> throw new IllegalArgumentException(action);
        };
    }

    public boolean isAnyActionOffered() {
        return List.of("edit", "confirm", "return", "review", "consult", "answer", "secrecy", "signOff", "catalogue",
                "agencyConfirmation", "publish", "revise").stream().anyMatch(this::offers);
    }

    /** The outcome that shows an item's page afresh after a step, keeping the step's message. */
    static String reopen(GovInfo info) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/catalogue/item.xhtml?faces-redirect=true&id=" + info.getId();
    }

    private boolean has(Role role) {
        return currentUser.hasRole(role.name());
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
