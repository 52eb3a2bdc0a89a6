package cn.xxgk.request.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.request.entity.DisclosureRequest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The request pages bind to the beans that hold their steps: every {@code #{bean.member}} of a
 * step bean or the page bean names a property or action the bean has, so moving a step from one
 * bean to another (as the correction moved from ProcedureActions to CorrectionActions) cannot leave
 * a form bound to nothing.
 */
class RequestPageBindingsTest {

    static final Map<String, Class<?>> BEANS = Map.of("requestView", RequestView.class,
            "procedureActions", ProcedureActions.class, "correctionActions", CorrectionActions.class,
            "consultationActions", ConsultationActions.class, "extensionActions", ExtensionActions.class,
            "replyActions", ReplyActions.class, "assignActions", AssignActions.class,
            "idNumberView", IdNumberView.class, "requestLettersView", LettersView.class);

    static final List<Path> PAGES = List.of(Path.of("src/main/webapp/request/view.xhtml"),
            Path.of("src/main/webapp/WEB-INF/includes/request/actions.xhtml"),
            Path.of("src/main/webapp/WEB-INF/includes/request/letters.xhtml"));

    static final Pattern BINDING = Pattern.compile("#\\{(\\w+)\\.(\\w+)");

    @Test
    void everyBindingOfTheRequestPageNamesAMemberOfItsBean() throws IOException {
        int checked = 0;
        for (Path page : PAGES) {
            Matcher m = BINDING.matcher(Files.readString(page));
            while (m.find()) {
                Class<?> bean = BEANS.get(m.group(1));
                if (bean != null) {
                    assertTrue(has(bean, m.group(2)), page + ": #{" + m.group(1) + "." + m.group(2) + "} is not in " + bean);
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "the pages were read: " + checked);
    }

    /**
     * The pages name the request {@code r} (the list: {@code row.request()}) and read its parts through
     * it ({@code r.reply.outcome}, {@code r.correction.dueOn}): every property path resolves on
     * {@link DisclosureRequest}, so a getter moved into a part cannot leave a page reading nothing.
     */
    @Test
    void everyPathOfTheRequestOnItsPagesResolves() throws IOException {
        Map<Path, String> requestOf = Map.of(PAGES.get(0), "r", PAGES.get(1), "r",
                Path.of("src/main/webapp/request/list.xhtml"), "row\\.request\\(\\)");
        Pattern expression = Pattern.compile("#\\{([^}]*)}");
        int checked = 0;
        for (Map.Entry<Path, String> page : requestOf.entrySet()) {
            Pattern path = Pattern.compile("(?<![\\w.'])" + page.getValue() + "((?:\\.\\w+)+)");
            Matcher e = expression.matcher(Files.readString(page.getKey()));
            while (e.find()) {
                Matcher m = path.matcher(e.group(1));
                while (m.find()) {
                    Class<?> type = DisclosureRequest.class;
                    for (String property : m.group(1).substring(1).split("\\.")) {
                        Method getter = getter(type, property);
                        assertTrue(getter != null, page.getKey() + ": " + m.group() + " has no " + property + " on " + type);
                        type = getter.getReturnType();
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 70, "the paths were read: " + checked);
    }

    @Test
    void theCorrectionFormsAreBoundToTheCorrectionBean() throws IOException {
        String actions = Files.readString(PAGES.get(1));
        assertFalse(has(ProcedureActions.class, "sendCorrectionNotice"));
        assertTrue(has(CorrectionActions.class, "sendCorrectionNotice"));
        assertTrue(actions.contains("#{correctionActions.sendCorrectionNotice}"));
    }

    private static Method getter(Class<?> type, String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        return Arrays.stream(type.getMethods()).filter(m -> m.getParameterCount() == 0)
                .filter(m -> m.getName().equals("get" + capitalised) || m.getName().equals("is" + capitalised))
                .findFirst().orElse(null);
    }

    private static boolean has(Class<?> bean, String member) {
        String capitalised = Character.toUpperCase(member.charAt(0)) + member.substring(1);
        return Arrays.stream(bean.getMethods()).map(Method::getName)
                .anyMatch(name -> name.equals(member) || name.equals("get" + capitalised) || name.equals("is" + capitalised));
    }
}
