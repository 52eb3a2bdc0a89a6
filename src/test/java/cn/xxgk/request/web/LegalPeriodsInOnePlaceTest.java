package cn.xxgk.request.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.calendar.control.DeadlineKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #12, "one place per rule": the reply period's 20 + at most 20 working days, the 15 of a
 * consultation and the 7 of the correction notice are set in DeadlineKind only; the hints of the
 * request page and the letters take them as parameters, so none of them writes the number itself.
 */
class LegalPeriodsInOnePlaceTest {

    static final List<String> HINTS = List.of("request.action.acceptHint", "request.action.consultHint",
            "request.action.extensionHint", "request.action.correctionHint");

    @Test
    void thePageHintsTakeThePeriodsAsParameters() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
            for (String key : HINTS) {
                String text = bundle.getString(key);
                assertTrue(text.contains("{0}"), key + " takes its number: " + text);
                assertFalse(text.matches(".*\\b(7|15|20)\\b.*"), key + " writes a period itself: " + text);
            }
        }
    }

    @Test
    void theScreenReadsThePeriodsFromTheDeadlineKinds() {
        LegalPeriods periods = new LegalPeriods();
        assertEquals(DeadlineKind.REPLY.workingDays(), periods.getReply());
        assertEquals(DeadlineKind.REPLY.extensionCap(), periods.getExtensionCap());
        assertEquals(DeadlineKind.THIRD_PARTY_ANSWER.workingDays(), periods.getThirdPartyAnswer());
        assertEquals(DeadlineKind.INTER_AGENCY_ANSWER.workingDays(), periods.getAgencyAnswer());
        assertEquals(DeadlineKind.CORRECTION_NOTICE.workingDays(), periods.getCorrectionNotice());
    }

    @ParameterizedTest
    @ValueSource(strings = {"third-party-consultation", "inter-agency-consultation", "extension-notice", "receipt"})
    void theLettersWriteNoPeriodOfTheirOwn(String template) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/letters/" + template + ".html")) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)\\{\\{!.*?}}", "");
            for (String number : List.of("十五", "二十", "15个", "20个", "15 个", "20 个")) {
                assertFalse(body.contains(number), template + " writes «" + number + "» itself");
            }
        }
    }
}
