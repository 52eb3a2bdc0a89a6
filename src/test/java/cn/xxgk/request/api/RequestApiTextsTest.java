package cn.xxgk.request.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue #12, "one place per rule": the legal periods (Art. 30's correction notice, Art. 32/34's
 * consultations, Art. 33's reply and extension) are set in calendar.control.DeadlineKind only, so
 * the API's OpenAPI texts name no number of working days of their own.
 */
class RequestApiTextsTest {

    /** "7 个工作日", "十五个工作日", "20工作日", "7 working days". */
    static final Pattern A_PERIOD = Pattern.compile("(\\d+|[一二三四五六七八九十]+)\\s*(个\\s*)?(工作日|working day)");

    @Test
    void noOperationWritesALegalPeriodItself() {
        List<String> texts = Arrays.stream(RequestResource.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Operation.class))
                .flatMap(RequestApiTextsTest::texts).toList();
        assertTrue(texts.size() > 20, "the request API's operations are documented: " + texts.size());
        for (String text : texts) {
            assertFalse(A_PERIOD.matcher(text).find(), "writes a period itself: " + text);
        }
        String tag = RequestResource.class.getAnnotation(Tag.class).description();
        assertFalse(A_PERIOD.matcher(tag).find(), tag);
    }

    @Test
    void thePatternSeesAPeriod() {
        for (String text : List.of("收到申请之日起 7 个工作日内", "十五个工作日", "within 20 working days")) {
            assertTrue(A_PERIOD.matcher(text).find(), text);
        }
        assertFalse(A_PERIOD.matcher("《条例》第三十三条").find());
    }

    private static java.util.stream.Stream<String> texts(Method m) {
        Operation op = m.getAnnotation(Operation.class);
        return java.util.stream.Stream.of(m.getName() + ": " + op.summary(), m.getName() + ": " + op.description());
    }
}
