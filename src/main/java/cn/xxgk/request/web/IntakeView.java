package cn.xxgk.request.web;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.request.boundary.Receipt;
import cn.xxgk.request.boundary.RequestIntake;
import cn.xxgk.request.control.IdentityDocuments;
import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.FormWanted;
import cn.xxgk.request.entity.IdentityDocumentType;
import cn.xxgk.request.entity.OrganisationKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * 受理登记: the office registers a request that came in person, by post, fax, email or forwarded by
 * the municipal office. The view holds one idempotency token from the moment the page opens, so a
 * double click (or a resubmit after a slow answer) returns the receipt of the first submit instead of
 * registering twice. A refusal is shown on the field it concerns, and what was typed stays. The
 * receipt shows the applicant's query code once: only its hash is kept.
 */
@Named
@ViewScoped
public class IntakeView implements Serializable {

    static final String FORM = "intake";

    /** The channels the office registers; ONLINE is the portal's. */
    static final List<Channel> OFFICE_CHANNELS = List.of(Channel.IN_PERSON, Channel.POST, Channel.FAX, Channel.EMAIL,
            Channel.FORWARDED);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RequestIntake intake;

    @Inject
    FieldFlaws flaws;

    @Inject
    transient Clock clock;

    private final String token = newToken();
    IntakeForm form;
    private Receipt receipt;

    public IntakeForm getForm() {
        if (form == null) {
            form = new IntakeForm(LocalDate.now(clock));
        }
        return form;
    }

    /**
     * Registers, or shows on the fields what is wrong (nothing is saved then). The same token on
     * every submit of this page: the boundary answers a repeat with the first receipt.
     */
    public void submit() {
        try {
            receipt = intake.register(getForm().input(token));
        } catch (InvalidInputException flaw) {
            flaws.refuse(FORM, this::fieldOf, flaw);
            if (!"idNumber".equals(fieldOf(flaw.messageKey())) && form.getIdDocumentType() != null) {
                // the boundary stops at the first flaw; the number's own check is shown too, so both are fixed at once
                IdentityDocuments.flaw(form.getIdDocumentType(), IdentityDocuments.normalise(form.getIdNumber()),
                        LocalDate.now(clock)).ifPresent(key -> flaws.show(FORM, fieldOf(key), key));
            }
        }
    }

    /** The field a message key concerns, or null for a message about the whole form. */
    String fieldOf(String key) {
        return IntakeFields.fieldOf(key, form != null && form.isForwarded());
    }

    /** The documents that fit the chosen applicant type (a person's ID card, an organisation's credit code). */
    public List<IdentityDocumentType> getDocumentTypes() {
        ApplicantType type = getForm().getApplicantType();
        return Arrays.stream(IdentityDocumentType.values()).filter(d -> type == null || d.fits(type)).toList();
    }

    /** After a change of applicant type: the document type follows when the chosen one no longer fits. */
    public void applicantTypeChanged() {
        IdentityDocumentType chosen = getForm().getIdDocumentType();
        if (chosen == null || !getDocumentTypes().contains(chosen)) {
            form.setIdDocumentType(form.isOrganisation() ? IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE
                    : IdentityDocumentType.RESIDENT_ID_CARD);
        }
    }

    static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Receipt getReceipt() { return receipt; }
    public boolean isRegistered() { return receipt != null; }
    public String getToken() { return token; }
    public List<Channel> getChannels() { return OFFICE_CHANNELS; }
    public ApplicantType[] getApplicantTypes() { return ApplicantType.values(); }
    public OrganisationKind[] getOrganisationKinds() { return OrganisationKind.values(); }
    public FormWanted[] getFormsWanted() { return FormWanted.values(); }
    public DeliveryMethod[] getDeliveryMethods() { return DeliveryMethod.values(); }
}
