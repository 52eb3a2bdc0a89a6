package cn.xxgk.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.catalogue.control.ImportRowCheck.ImportEntry;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.SubjectCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checks of each row of a historical catalogue: every fault of every row, with its column. */
class ImportRowCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final ImportRowCheck CHECK = new ImportRowCheck("MB1532375", TODAY,
            Map.of("政府信息公开制度", SubjectCategory.GENERAL_AFFAIRS));

    static SourceRow row(int number, Map<ImportColumn, String> changes) {
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        cells.put(ImportColumn.INDEX_NUMBER, "MB1532375/2018-000" + (10 + number));
        cells.put(ImportColumn.SUBJECT, "综合政务");
        cells.put(ImportColumn.WRITTEN_DATE, "2018-03-01");
        cells.put(ImportColumn.PUBLISHED_DATE, "2018-03-05");
        cells.put(ImportColumn.TITLE, "关于数据共享的通知");
        cells.put(ImportColumn.BODY, "第一段\n第二段");
        cells.putAll(changes);
        cells.values().removeIf(v -> v == null);
        return new SourceRow(number, cells);
    }

    static List<String> faults(Map<ImportColumn, String> changes) {
        List<ImportRefusal> faults = new ArrayList<>();
        CHECK.check(row(2, changes), faults);
        return faults.stream().map(f -> f.column() + ":" + f.reason()).toList();
    }

    static void starts(String prefix, Map<ImportColumn, String> changes) {
        List<String> found = faults(changes);
        assertTrue(!found.isEmpty() && found.getFirst().startsWith(prefix), prefix + " <> " + found);
    }

    static Map<ImportColumn, String> with(ImportColumn column, String value) {
        Map<ImportColumn, String> m = new EnumMap<>(ImportColumn.class);
        m.put(column, value);
        return m;
    }

    @Test
    void aGoodRowBecomesAPublishedEntryWithItsOriginalNumberAndDates() {
        Optional<ImportEntry> entry = CHECK.check(row(2, Map.of(ImportColumn.DOCUMENT_NUMBER, "郑大数据〔2018〕7号",
                ImportColumn.DOCUMENT_TYPE, "通知", ImportColumn.KEY_CONTENT, "决策公开", ImportColumn.ATTRIBUTE, "主动公开")),
                new ArrayList<>());

        assertTrue(entry.isPresent());
        assertEquals("MB1532375/2018-00012", entry.get().indexNumber().toString());
        assertEquals(LocalDate.of(2018, 3, 5), entry.get().publishedDate());
        assertEquals(LocalDate.of(2018, 3, 1), entry.get().content().writtenDate());
        assertEquals(KeyContentCategory.DECISIONS, entry.get().content().keyContentCategory());
        assertTrue(entry.get().content().officialDocument());
        assertTrue(entry.get().content().bodyHtml().contains("第二段"));
    }

    @Test
    void indexNumbersMustBeWellFormedOfThisAgencyAndOfNoFutureYear() {
        starts("索引号:索引号“2018-12”格式不对", with(ImportColumn.INDEX_NUMBER, "2018-12"));
        starts("索引号:索引号“MB1532375/2018-0001”格式不对", with(ImportColumn.INDEX_NUMBER, "MB1532375/2018-0001"));
        starts("索引号:索引号“AB1234567/2018-00001”不是本机关的", with(ImportColumn.INDEX_NUMBER, "AB1234567/2018-00001"));
        starts("索引号:索引号的年份 2027", with(ImportColumn.INDEX_NUMBER, "MB1532375/2027-00001"));
        starts("索引号:必填", with(ImportColumn.INDEX_NUMBER, null));
    }

    @Test
    void duplicatesInsideTheFileAndWithTheCatalogueAreRefusedWithTheOtherRow() {
        SourceRow first = row(2, Map.of(ImportColumn.INDEX_NUMBER, "MB1532375/2018-00001"));
        SourceRow again = row(3, Map.of(ImportColumn.INDEX_NUMBER, "MB1532375/2018-00001"));
        SourceRow known = row(4, Map.of(ImportColumn.INDEX_NUMBER, "MB1532375/2019-00045"));
        List<Integer> progress = new ArrayList<>();

        ImportRowCheck.Result result = CHECK.check(List.of(first, again, known), Set.of("MB1532375/2019-00045"), progress::add);

        assertEquals(1, result.entries().size());
        assertEquals(List.of(3, 4), result.refusals().stream().map(ImportRefusal::row).toList());
        assertTrue(result.refusals().get(0).reason().contains("与第 2 行相同"), result.refusals().toString());
        assertTrue(result.refusals().get(1).reason().contains("在目录中已存在"), result.refusals().toString());
    }

    @Test
    void subjectCategoriesAreNationalNamesOrTheAgencysSecondLevel() {
        assertEquals(List.of(), faults(with(ImportColumn.SUBJECT, "工业、交通")));
        assertEquals(List.of(), faults(with(ImportColumn.SUBJECT, "综合政务/政府信息公开制度")));
        assertEquals(List.of(), faults(with(ImportColumn.SUBJECT, "政府信息公开制度")));
        starts("主题分类:不认识的主题分类“大数据”", with(ImportColumn.SUBJECT, "大数据"));
    }

    @Test
    void datesAreReadAsOfficesWriteThemAndRefusedInTheFutureOrOutOfOrder() {
        for (String written : List.of("2018-3-1", "2018/03/01", "2018.3.1", "2018年3月1日", "20180301", "2018-03-01 00:00:00")) {
            assertEquals(Optional.of(LocalDate.of(2018, 3, 1)), ImportRowCheck.parseDate(written), written);
        }
        starts("成文日期:日期“2018-02-30”格式不对", with(ImportColumn.WRITTEN_DATE, "2018-02-30"));
        starts("成文日期:日期“三月一日”格式不对", with(ImportColumn.WRITTEN_DATE, "三月一日"));
        starts("发布日期:日期 2026-12-07 晚于今天", with(ImportColumn.PUBLISHED_DATE, "2026-12-07"));
        starts("成文日期:日期 1949-09-30 早于 1949-10-01", with(ImportColumn.WRITTEN_DATE, "1949-09-30"));
        starts("发布日期:发布日期早于成文日期", with(ImportColumn.PUBLISHED_DATE, "2018-02-28"));
    }

    @Test
    void textsWithinTheirColumnsAndTheDraftingSheetsRules() {
        starts("正文:过长", with(ImportColumn.BODY, "长".repeat(ImportRowCheck.MAX_BODY + 1)));
        starts("标题:", with(ImportColumn.TITLE, "题".repeat(301)));
        starts("文号:", Map.of(ImportColumn.DOCUMENT_NUMBER, "郑大数据[2018]7号", ImportColumn.DOCUMENT_TYPE, "通知"));
        starts("文种:", Map.of(ImportColumn.DOCUMENT_NUMBER, "郑大数据〔2018〕7号", ImportColumn.DOCUMENT_TYPE, "简报"));
        starts("正文:含有不可见的控制字符", with(ImportColumn.BODY, "正文\u0007"));
        starts("重点公开内容类别:", with(ImportColumn.KEY_CONTENT, "第九类"));
    }

    @Test
    @org.junit.jupiter.api.DisplayName("Only proactively disclosed information (Art. 19-20) is imported as a published entry")
    void onlyProactiveEntriesAreImported() {
        starts("公开属性:公开属性为“依申请公开”", with(ImportColumn.ATTRIBUTE, "依申请公开"));
        assertEquals(List.of(), faults(with(ImportColumn.ATTRIBUTE, "PROACTIVE")));
    }

    @Test
    void everyFaultOfARowIsListedEachWithItsColumn() {
        Map<ImportColumn, String> bad = new EnumMap<>(ImportColumn.class);
        bad.put(ImportColumn.INDEX_NUMBER, "x");
        bad.put(ImportColumn.SUBJECT, "无此分类");
        bad.put(ImportColumn.WRITTEN_DATE, "昨天");
        bad.put(ImportColumn.BODY, null);

        Set<String> columns = faults(bad).stream().map(f -> f.substring(0, f.indexOf(':'))).collect(Collectors.toSet());

        assertEquals(Set.of("索引号", "主题分类", "成文日期", "正文"), columns);
    }
}
