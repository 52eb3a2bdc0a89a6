package cn.xxgk.request.web;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.request.boundary.IntakeInput;
import cn.xxgk.request.boundary.PublicRequests.PublicFiling;
import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.FormWanted;
import cn.xxgk.request.entity.IdentityDocumentType;
import cn.xxgk.request.entity.OrganisationKind;
import cn.xxgk.request.entity.RequestForm;
import java.util.Arrays;
import java.util.Map;

/**
 * The portal's request form as posted by a plain HTML form (it works without JavaScript): the
 * fields of the office's intake form, the wish for e-mail notices, the intake token that makes a
 * double submit one request, and the challenge's answer. A value that names no choice is left out,
 * so the boundary says which is missing; every text is cut to a length no field allows anyway.
 */
public record PublicApplyForm(String applicantType, String organisationKind, String applicantName, String contactPerson,
                              String idDocumentType, String idNumber, String phone, String email, String postalAddress,
                              String postcode, String description, String formWanted, String deliveryWanted,
                              boolean notifyByEmail, String intakeToken, String challengeToken, String proof, String answer) {

    private static final int MAX = 5000;

    static PublicApplyForm from(Map<String, String> p) {
        return new PublicApplyForm(v(p, "applicantType"), v(p, "organisationKind"), v(p, "applicantName"),
                v(p, "contactPerson"), v(p, "idDocumentType"), v(p, "idNumber"), v(p, "phone"), v(p, "email"),
                v(p, "postalAddress"), v(p, "postcode"), v(p, "description"), v(p, "formWanted"), v(p, "deliveryWanted"),
                "on".equals(p.get("notify")), v(p, "intakeToken"), v(p, "challengeToken"), v(p, "proof"), v(p, "answer"));
    }

    /** An empty form with a fresh intake token (a person, an ID card, electronic copies by e-mail: the common case). */
    static PublicApplyForm blank() {
        return new PublicApplyForm("NATURAL_PERSON", "", "", "", "RESIDENT_ID_CARD", "", "", "", "", "", "", "ELECTRONIC",
                "EMAIL", false, IntakeView.newToken(), "", "", "");
    }

    PublicFiling filing() {
        RequestForm form = new RequestForm(Channel.ONLINE, null, choice(ApplicantType.class, applicantType),
                choice(OrganisationKind.class, organisationKind), applicantName, contactPerson,
                choice(IdentityDocumentType.class, idDocumentType), phone, email, postalAddress, postcode, description,
                choice(FormWanted.class, formWanted), choice(DeliveryMethod.class, deliveryWanted), null, null, null, null);
        return new PublicFiling(new IntakeInput(form, idNumber, intakeToken), notifyByEmail, challengeToken, proof, answer);
    }

    /** The same form with a new challenge to answer (after a refusal: the one answered may be spent). */
    PublicApplyForm withChallenge(String token) {
        return new PublicApplyForm(applicantType, organisationKind, applicantName, contactPerson, idDocumentType, idNumber,
                phone, email, postalAddress, postcode, description, formWanted, deliveryWanted, notifyByEmail,
                intakeToken == null || intakeToken.isBlank() ? IntakeView.newToken() : intakeToken, token, "", "");
    }

    private static String v(Map<String, String> p, String name) {
        String value = p.get(name);
        return value == null ? "" : value.length() > MAX ? value.substring(0, MAX) : value;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "PublicApplyForm[***]"; // never the identity number in a log
    }
}
