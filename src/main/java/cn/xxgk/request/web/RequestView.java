package cn.xxgk.request.web;

import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.identity.web.CurrentUser;
import cn.xxgk.identity.web.PeopleNames;
import cn.xxgk.platform.web.Messages;
import cn.xxgk.request.boundary.RequestRegistry;
import cn.xxgk.request.control.ContactDetails;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.Extension;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One request (申请详情): the applicant with the masked identity number and the contact data
 * (decrypted by the registry), where the reply deadline
 * stands, the consultations, the timeline of every step with the due date after it ({@link TimelineRow}),
 * and the forms of the steps the caller may take now ({@link #offers}); the steps themselves are in
 * {@link ProcedureActions}, {@link CorrectionActions}, {@link ConsultationActions}, {@link ExtensionActions}
 * and {@link ReplyActions}, the hand-over to another handler in {@link AssignActions}.
 */
@Named
@ViewScoped
public class RequestView implements Serializable {

    @Inject
    PeopleNames people;

    @Inject
    RequestRegistry registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    transient Clock clock;

    private Long id;
    private DisclosureRequest request;
    private ContactDetails contact;
    private DeadlineStatus deadline;
    private List<TimelineRow> timeline;
    private List<ConsultationRow> consultations;
    private List<DisclosureRequest> parts;
    private String parentNumber;
    private String repeatOfNumber;
    private String handlerName;

    public void load() {
        request = registry.find(id);
        contact = registry.contact(request);
        deadline = request.getState().isOpen()
                ? registry.status(request.getClock().getReplyDeadlineId()).orElse(null) : null;
        timeline = TimelineRow.of(registry.timeline(id), people::name, messages::text);
        consultations = request.getConsultations().stream()
                .map(c -> new ConsultationRow(c, c.isOpen() ? registry.status(c.getAnswerDeadlineId()).orElse(null) : null))
                .toList();
        parts = registry.parts(id);
        parentNumber = registry.numberOf(request.getParentId());
        repeatOfNumber = registry.numberOf(request.getRepeatOfId());
        String name = people.name(request.getHandler());
        handlerName = Objects.equals(name, request.getHandler()) ? null : name;
    }

    /** Whether to show an action's form to this caller now (see {@link RequestSteps#offers}). */
    public boolean offers(String action) {
        boolean head = currentUser.hasRole(Role.OFFICE_HEAD.name());
        boolean handler = Objects.equals(currentUser.getName(), request.getHandler());
        LocalDate today = LocalDate.now(clock);
        if (action.startsWith("extension") && deadline != null && !Extension.stillExtendable(deadline.dueDate(), today)) {
            return false; // Art. 33: nothing left to extend once the reply deadline has passed
        }
        return RequestSteps.offers(action, request, handler || head, head, today);
    }

    public boolean isAnyActionOffered() {
        return RequestSteps.ACTIONS.stream().anyMatch(this::offers);
    }

    /** The office head may see the full identity number (with a purpose, audited). */
    public boolean isMayRevealIdNumber() {
        return currentUser.hasRole(Role.OFFICE_HEAD.name());
    }

    /** The outcome that shows a request's page afresh after a step, keeping the step's message. */
    static String reopen(Long requestId) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/request/view.xhtml?faces-redirect=true&id=" + requestId;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public DisclosureRequest getRequest() { return request; }
    public ContactDetails getContact() { return contact; }
    public DeadlineStatus getDeadline() { return deadline; }
    public List<TimelineRow> getTimeline() { return timeline; }
    public List<ConsultationRow> getConsultations() { return consultations; }
    public List<DisclosureRequest> getParts() { return parts; }
    public String getParentNumber() { return parentNumber; }
    public String getRepeatOfNumber() { return repeatOfNumber; }
    /** The handler's display name, or null when the directory does not know the user (the username is shown then). */
    public String getHandlerName() { return handlerName; }
}
