package cn.xxgk.request.api;

import static cn.xxgk.request.api.RequestJson.name;

import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.request.api.RequestJson.ConsultationView;
import cn.xxgk.request.api.RequestJson.DeadlineView;
import cn.xxgk.request.api.RequestJson.Handover;
import cn.xxgk.request.api.RequestJson.RequestView;
import cn.xxgk.request.api.RequestJson.StepView;
import cn.xxgk.request.boundary.IssuedLetter;
import cn.xxgk.request.boundary.RequestLetters;
import cn.xxgk.request.boundary.RequestRegistry;
import cn.xxgk.request.control.ContactDetails;
import cn.xxgk.request.entity.Applicant;
import cn.xxgk.request.entity.Correction;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.Extension;
import cn.xxgk.request.entity.Reply;
import cn.xxgk.request.entity.ReplyClock;
import cn.xxgk.request.entity.ReplySteps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request as the API shows it ({@link RequestView}): the entity's fields (the contact data
 * decrypted by the registry), where its deadlines
 * stand, the numbers of its parent, parts and earlier request (asked of the registry), the
 * outcomes a reply may state now and, on request, the timeline with the letter of each step.
 */
@RequestScoped
public class RequestViews {

    @Inject
    RequestRegistry registry;

    @Inject
    RequestLetters letters;

    /** The view a command answers with: the request after the step, without its timeline. */
    public RequestView of(DisclosureRequest r) {
        return of(r, false);
    }

    public RequestView of(DisclosureRequest r, boolean withTimeline) {
        DeadlineStatus status = r.getState().isOpen()
                ? registry.status(r.getClock().getReplyDeadlineId()).orElse(null) : null;
        List<ConsultationView> consultations = r.getConsultations().stream().map(c -> new ConsultationView(c.getId(),
                c.getKind().name(), c.getParty(), c.getMatter(), c.getSentOn(), name(c.getAnswer()), c.getAnsweredOn(),
                c.getAnswerText(), c.isOpen() ? DeadlineView.of(registry.status(c.getAnswerDeadlineId()).orElse(null)) : null,
                c.getOverrideReason(), c.getOverrideNoticeText(), c.getOverrideNoticeOn(), c.getOverrideLetterId(),
                name(c.getLetterDelivery()), c.getLetterReceivedOn())).toList();
        cn.xxgk.request.entity.Handover h = r.getHandover();
        Applicant a = r.getApplicant();
        ContactDetails contact = registry.contact(r);
        ReplyClock clock = r.getClock();
        Correction c = r.getCorrection();
        Extension e = r.getExtension();
        Reply reply = r.getReply();
        Handover handover = h.getFrom() == null ? null
                : new Handover(h.getFrom(), h.getOn().toString(), h.getWhat(), h.getReference());
        return new RequestView(r.getId(), r.getNumber(), registry.numberOf(r.getParentId()), r.getPartNo(),
                registry.parts(r.getId()).stream().map(DisclosureRequest::getNumber).toList(), r.getState().name(),
                r.getChannel().name(), r.getReceivedOn(), a.getType().name(), name(a.getOrganisationKind()),
                a.getName(), contact.contactPerson(), a.getIdDocumentType().name(), a.getIdNumberMasked(),
                contact.phone(), contact.email(), contact.postalAddress(), contact.postcode(), r.getDescription(),
                r.getFormWanted().name(), r.getDeliveryWanted().name(), handover, r.getHandler(), clock.getStartOn(),
                clock.getAcceptedOn(), clock.getReplyDeadlineId(), DeadlineView.of(status), c.getNoticeOn(),
                c.getDueOn(), c.getNoticeText(), c.getReceivedOn(),
                e.getGrantedDays(), e.getPendingDays(), e.getReason(), consultations,
                name(reply.getOutcome()), name(reply.getOutcomeReason()), reply.getReplyText(), reply.getHowToObtain(),
                reply.getRepliedOn(), reply.getReplyLetterId(), name(reply.getDeliveredBy()), reply.getDeliveredOn(),
                reply.getDeliveryReference(), reply.getNotRequestNote(), registry.numberOf(r.getRepeatOfId()),
                r.getReportBack().getResult(), r.getReportBack().getReportedOn(),
                r.getReportLetterIds().stream().sorted().toList(), r.getVersion(),
                withTimeline ? timeline(r) : null, replyOptions(r), r.getReasonsAsked().getAskedOn(), r.getReasonsAsked().getText());
    }

    /** The outcomes a reply may state now, each with the reasons it may give (the entity's answer); empty when no reply may be made. */
    private static Map<String, List<String>> replyOptions(DisclosureRequest r) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        ReplySteps replying = r.replying();
        replying.possibleOutcomes().forEach(o -> options.put(o.name(),
                replying.possibleReasons(o).stream().map(Enum::name).toList()));
        return options;
    }

    private List<StepView> timeline(DisclosureRequest r) {
        Map<Long, IssuedLetter> letterOfStep = new HashMap<>();
        letters.list(r.getId()).forEach(l -> letterOfStep.put(l.stepId(), l));
        return registry.timeline(r.getId()).stream().map(t -> StepView.of(t, letterOfStep)).toList();
    }
}
