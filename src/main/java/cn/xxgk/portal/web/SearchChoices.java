package cn.xxgk.portal.web;

import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.SubjectCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The choices of the search form's filters, as value and label for {@link Options}: the eight key content
 * categories (labels from the message bundle, per language), the national subject categories, and the
 * fifteen kinds of official document of the Party and government document rules (党政机关公文处理工作条例
 * 第八条) plus the bureau's own kinds.
 */
@Named
@ApplicationScoped
public class SearchChoices {

    /** One choice of a filter: what the form sends, what the reader sees. */
    public record Choice(String value, String label) {
    }

    private static final List<Choice> DOCUMENT_TYPES = List.of("决议", "决定", "命令", "公报", "公告", "通告", "意见",
            "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要", "制度", "规划", "其他").stream()
            .map(t -> new Choice(t, t)).toList();
    private static final List<Choice> SUBJECTS = Arrays.stream(SubjectCategory.values())
            .map(s -> new Choice(s.name(), s.officialName())).toList();

    private final Map<Locale, List<Choice>> categories = new ConcurrentHashMap<>();

    public List<Choice> getCategories() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return categories.computeIfAbsent(faces.getViewRoot().getLocale(), locale -> {
            ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
            return Arrays.stream(KeyContentCategory.values())
                    .map(c -> new Choice(c.name(), msg.getString("govinfo.key." + c.name()))).toList();
        });
    }

    public List<Choice> getSubjects() {
        return SUBJECTS;
    }

    public List<Choice> getDocumentTypes() {
        return DOCUMENT_TYPES;
    }
}
