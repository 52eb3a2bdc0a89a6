package cn.xxgk.request.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.platform.web.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every refusal a step's form can meet lands on a field of that form that exists and shows messages. */
class StepFieldsTest {

    static final Pattern FORM = Pattern.compile("<h:form id=\"([^\"]+)\"(.*?)</h:form>", Pattern.DOTALL);

    @Test
    void eachFieldOfAFlawIsAFieldOfItsFormWithAMessage() throws Exception {
        Map<String, String> forms = forms(Files.readString(Path.of("src/main/webapp/WEB-INF/includes/request/actions.xhtml")));
        StepFields.FIELD_OF_FLAW.forEach((form, fields) -> {
            assertTrue(forms.containsKey(form), "no form " + form);
            fields.forEach((key, field) -> {
                String body = forms.get(form);
                assertTrue(body.contains("id=\"" + field + "\""), form + ":" + field + " is not on the page");
                assertTrue(body.contains("<p:message for=\"" + field + "\"/>"), form + ":" + field + " shows no message");
            });
        });
    }

    @Test
    void eachKeyIsAMessageInBothLanguages() {
        StepFields.FIELD_OF_FLAW.values().forEach(fields -> fields.keySet().forEach(key -> {
            assertTrue(!key.equals(Messages.text(Locale.SIMPLIFIED_CHINESE, key)), key + " has no Chinese text");
            assertTrue(!key.equals(Messages.text(Locale.ENGLISH, key)), key + " has no English text");
        }));
    }

    @Test
    void theRefusalsOfTheRequestPageGoToTheirFields() {
        assertEquals("days", StepFields.of("extension").apply("request.invalid.extensionCap"));
        assertEquals("outcome", StepFields.of("reply").apply("request.invalid.outcomeRequired"));
        assertEquals("correctBy", StepFields.of("correction").apply("request.invalid.correctionDueOn"));
        assertEquals("noticeSentOn", StepFields.of("correction").apply("request.invalid.dateInFuture"));
        assertEquals("sentOn", StepFields.of("consult").apply("request.invalid.dateInFuture"));
    }

    @Test
    void aRefusalOfNoFieldGoesToThePage() {
        assertNull(StepFields.of("extension").apply("request.illegalStep.CLOSED"));
        assertNull(StepFields.of("extension").apply("request.invalid.extensionPending"));
        assertNull(StepFields.of("accept").apply("request.invalid.clockStartRange"));
    }

    static Map<String, String> forms(String page) {
        Map<String, String> forms = new java.util.HashMap<>();
        Matcher m = FORM.matcher(page);
        while (m.find()) {
            forms.put(m.group(1), m.group(2));
        }
        return forms;
    }
}
