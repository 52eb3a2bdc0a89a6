package cn.xxgk.portal.web;

import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.SubjectCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * The choices of the search form's filters: the eight key content categories, the national subject
 * categories, and the fifteen kinds of official document of the Party and government document
 * rules (党政机关公文处理工作条例 第八条) plus the bureau's own kinds.
 */
@Named
@ApplicationScoped
public class SearchChoices {

    private static final List<String> DOCUMENT_TYPES = List.of("决议", "决定", "命令", "公报", "公告", "通告", "意见",
            "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要", "制度", "规划", "其他");

    public List<String> getCategories() {
        return Arrays.stream(KeyContentCategory.values()).map(Enum::name).toList();
    }

    public List<SubjectCategory> getSubjects() {
        return List.of(SubjectCategory.values());
    }

    public List<String> getDocumentTypes() {
        return DOCUMENT_TYPES;
    }
}
