package cn.xxgk.request.web;

import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.MessageBundle;
import cn.xxgk.request.boundary.PublicRequests;
import cn.xxgk.request.boundary.Receipt;
import cn.xxgk.request.control.IdentityDocuments;
import cn.xxgk.request.control.Throttled;
import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.FormWanted;
import cn.xxgk.request.entity.IdentityDocumentType;
import cn.xxgk.request.entity.OrganisationKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * /public/apply: the applicant files a request online ({@link PublicRequests#file}). A plain form
 * posted to the same address (no JavaScript needed, no server session); a refusal is shown at its
 * field in Chinese with what was typed, and nothing is saved; success shows the receipt with the
 * query code, once (it is in no address and nowhere stored).
 */
@Named("publicApply")
@RequestScoped
public class PublicApplyView {

    @Inject
    PublicRequests requests;

    @Inject
    Clock clock;

    private PublicApplyForm form = PublicApplyForm.blank();
    private Receipt receipt;
    private String question;
    private int bits;
    private final Map<String, String> errors = new HashMap<>();

    /** The view action: a POST files the form; a GET shows an empty one. Either way a challenge unless filed. */
    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if ("POST".equals(((HttpServletRequest) external.getRequest()).getMethod())) {
            form = PublicApplyForm.from(external.getRequestParameterMap());
            submit(external);
        }
        if (receipt == null) {
            var challenge = requests.challenge();
            form = form.withChallenge(challenge.token());
            question = challenge.question();
            bits = challenge.bits();
        }
    }

    private void submit(ExternalContext external) {
        try {
            receipt = requests.file(form.filing());
        } catch (InvalidInputException flaw) {
            String field = IntakeFields.fieldOf(flaw.messageKey(), false);
            errors.put(field == null ? fieldOfChallenge(flaw.messageKey()) : field, text(flaw.messageKey(), flaw.arguments()));
            IdentityDocumentType type = form.filing().input().form().idDocumentType();
            if (!"idNumber".equals(field) && type != null) { // the number's own check too, so both are fixed at once
                IdentityDocuments.flaw(type, IdentityDocuments.normalise(form.idNumber()), LocalDate.now(clock))
                        .ifPresent(key -> errors.put("idNumber", text(key)));
            }
        } catch (Throttled throttled) {
            ((HttpServletResponse) external.getResponse()).setStatus(429);
            errors.put("form", text("public.throttled.detail", throttled.retryAfterSeconds()));
        }
    }

    private static String fieldOfChallenge(String key) {
        return key.startsWith("request.invalid.challenge") ? "answer"
                : "request.invalid.noticeNeedsEmail".equals(key) ? "email" : "form";
    }

    private static String text(String key, Object... arguments) {
        return MessageBundle.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    public boolean hasError(String field) { return errors.containsKey(field); }
    public String error(String field) { return errors.get(field); }
    public boolean isFailed() { return !errors.isEmpty(); }
    public PublicApplyForm getForm() { return form; }
    public Receipt getReceipt() { return receipt; }
    public boolean isFiled() { return receipt != null; }
    public String getQuestion() { return question; }
    public int getBits() { return bits; }
    public ApplicantType[] getApplicantTypes() { return ApplicantType.values(); }
    public OrganisationKind[] getOrganisationKinds() { return OrganisationKind.values(); }
    public IdentityDocumentType[] getDocumentTypes() { return IdentityDocumentType.values(); }
    public FormWanted[] getFormsWanted() { return FormWanted.values(); }
    public DeliveryMethod[] getDeliveryMethods() { return DeliveryMethod.values(); }
}
