package cn.xxgk.request.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which field of a step's form on a request's page a boundary refusal concerns (form id -> message
 * key -> field id), so that its message appears next to the field ({@link cn.xxgk.platform.web.FieldFlaws}).
 * A key not listed for the form (a step the state does not allow, a conflict with an earlier step,
 * an acceptance date that depends on two confirmations) is shown at the top of the page.
 */
final class StepFields {

    /** The day of a step (none left empty is today): missing, after today, or before the step it follows. */
    private static final List<String> DAY = List.of("request.invalid.dateRequired", "request.invalid.dateInFuture",
            "request.invalid.dateTooEarly");

    static final Map<String, Map<String, String>> FIELD_OF_FLAW = Map.ofEntries(
            form("consult",
                    field("kind", "request.invalid.consultationKindRequired"),
                    field("party", "request.invalid.partyRequired"),
                    field("matter", "request.invalid.matterRequired"),
                    day("sentOn"),
                    field("delivery", "request.invalid.letterDeliveryRequired")),
            form("letter-received",
                    day("letterReceivedOn", "request.invalid.letterReceivedAlready")),
            form("answer",
                    field("given", "request.invalid.answerRequired", "request.invalid.silenceTooEarly",
                            "request.invalid.silenceBeforeDelivery"),
                    day("answeredOn")),
            form("override",
                    field("overrideReason", "request.invalid.overrideReasonRequired"),
                    field("notice", "request.invalid.overrideNoticeRequired"),
                    day("noticeOn")),
            form("reply",
                    field("outcome", "request.invalid.outcomeRequired", "request.invalid.thirdPartyRefused",
                            "request.invalid.outcomeNotAllowed"),
                    field("reason", "request.invalid.reasonRequired", "request.invalid.reasonNotFitting",
                            "request.invalid.reason.noCorrection", "request.invalid.reason.correctionOverdue",
                            "request.invalid.reason.noAnsweredEarlier", "request.invalid.reason.reasonsNotAsked",
                            "request.invalid.reason.noFeeNotice", "request.invalid.reason.thirdPartyConsented"),
                    field("competentAgency", "request.invalid.competentAgencyNotFitting",
                            "request.invalid.competentAgencyRequired"),
                    field("competentAgencyContact", "request.invalid.competentAgencyContactRequired"),
                    field("howToObtain", "request.invalid.howToObtainRequired"),
                    field("replyText", "request.invalid.replyTextRequired"),
                    day("repliedOn")),
            form("reasons",
                    field("reasonsText", "request.invalid.reasonsTextRequired", "request.invalid.reasonsAskedAlready"),
                    day("askedOn")),
            form("extension",
                    field("days", "request.invalid.extensionDays", "request.invalid.extensionCap"),
                    field("extensionReason", "request.invalid.extensionReasonRequired")),
            form("correction",
                    field("correctionText", "request.invalid.correctionTextRequired"),
                    field("correctBy", "request.invalid.correctionDueOn"),
                    day("noticeSentOn", "request.invalid.correctionTooLate")),
            form("corrected",
                    day("correctionOn"),
                    field("correctedDescription", "request.invalid.textTooLong")),
            form("delivery",
                    field("method", "request.invalid.deliveryRequired"),
                    day("deliveredOn"),
                    field("reference", "request.invalid.textTooLong")),
            form("report-back",
                    field("result", "request.invalid.reportResultRequired"),
                    day("reportedOn")),
            form("repeat",
                    field("earlierNumber", "request.invalid.unknownNumber", "request.invalid.repeatNotEarlier",
                            "request.invalid.repeatOtherApplicant")),
            form("split",
                    field("parts", "request.invalid.splitTwoParts", "request.invalid.descriptionRequired",
                            "request.invalid.textTooLong")),
            form("not-request",
                    field("note", "request.invalid.noteRequired")),
            form(AssignActions.FORM,
                    field("handler", "request.invalid.handlerRequired", "request.invalid.handlerNotOffice")));

    private StepFields() {
    }

    /** The field of a form that a message key concerns, or null when none. */
    static Function<String, String> of(String form) {
        Map<String, String> fields = FIELD_OF_FLAW.getOrDefault(form, Map.of());
        return fields::get;
    }

    @SafeVarargs
    private static Map.Entry<String, Map<String, String>> form(String form, Map<String, String>... fields) {
        Map<String, String> all = new HashMap<>();
        for (Map<String, String> f : fields) {
            f.forEach((key, field) -> {
                if (all.putIfAbsent(key, field) != null) {
                    throw new IllegalArgumentException(key + " names two fields of form " + form);
                }
            });
        }
        return Map.entry(form, Map.copyOf(all));
    }

    private static Map<String, String> field(String field, String... keys) {
        Map<String, String> byKey = new HashMap<>();
        for (String key : keys) {
            byKey.put(key, field);
        }
        return byKey;
    }

    private static Map<String, String> day(String field, String... moreKeys) {
        Map<String, String> byKey = field(field, moreKeys);
        DAY.forEach(key -> byKey.put(key, field));
        return byKey;
    }
}
