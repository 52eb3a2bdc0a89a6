package cn.xxgk.request.web;

import java.util.Map;

/**
 * Which field of the intake form a refusal of the intake boundary concerns, so that its message
 * appears next to what the user typed ({@link cn.xxgk.platform.web.FieldFlaws}).
 */
final class IntakeFields {

    /**
     * Which field a boundary refusal concerns, so that its message appears next to it (the day
     * of receipt depends on the channel: see {@link #fieldOf}).
     */
    private static final Map<String, String> FIELD_OF_FLAW = Map.ofEntries(
            Map.entry("request.invalid.channelRequired", "channel"),
            Map.entry("request.invalid.onlineViaPortal", "channel"),
            Map.entry("request.invalid.applicantTypeRequired", "applicantType"),
            Map.entry("request.invalid.organisationKindRequired", "organisationKind"),
            Map.entry("request.invalid.organisationKindForPerson", "organisationKind"),
            Map.entry("request.invalid.nameRequired", "applicantName"),
            Map.entry("request.invalid.idDocumentTypeRequired", "idDocumentType"),
            Map.entry("request.invalid.idDocumentTypeMismatch", "idDocumentType"),
            Map.entry("request.invalid.idNumberRequired", "idNumber"),
            Map.entry("request.invalid.idNumber.length", "idNumber"),
            Map.entry("request.invalid.idNumber.characters", "idNumber"),
            Map.entry("request.invalid.idNumber.birthDate", "idNumber"),
            Map.entry("request.invalid.idNumber.checksum", "idNumber"),
            Map.entry("request.invalid.idNumber.other", "idNumber"),
            Map.entry("request.invalid.creditCode.length", "idNumber"),
            Map.entry("request.invalid.creditCode.characters", "idNumber"),
            Map.entry("request.invalid.creditCode.checksum", "idNumber"),
            Map.entry("request.invalid.contactRequired", "contact"),
            Map.entry("request.invalid.phone", "phone"),
            Map.entry("request.invalid.email", "email"),
            Map.entry("request.invalid.postcode", "postcode"),
            Map.entry("request.invalid.descriptionRequired", "description"),
            Map.entry("request.invalid.formRequired", "formWanted"),
            Map.entry("request.invalid.deliveryRequired", "deliveryWanted"),
            Map.entry("request.invalid.deliveryNeedsEmail", "email"),
            Map.entry("request.invalid.deliveryNeedsAddress", "postalAddress"),
            Map.entry("request.invalid.deliveryNeedsPhone", "phone"),
            Map.entry("request.invalid.handoverRequired", "handoverFrom"));

    private IntakeFields() {
    }

    /**
     * The field a message key concerns, or null for a message about the whole form; the day of
     * receipt of a forwarded request is the day of the handover.
     */
    static String fieldOf(String key, boolean forwarded) {
        if ("request.invalid.dateInFuture".equals(key) || "request.invalid.receivedOnRequired".equals(key)) {
            return forwarded ? "handoverOn" : "receivedOn";
        }
        return FIELD_OF_FLAW.get(key);
    }
}
