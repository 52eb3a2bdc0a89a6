package cn.xxgk.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.xxgk.assessment.entity.RecordKind;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Seed 四: timeliness (Art. 26's 20 working days), completeness (seed 一(二)), requests on time, satisfaction, records. */
class DepartmentScoresTest {

    private static final Map<Long, String> DEPARTMENTS = new LinkedHashMap<>(Map.of(1L, "办公室"));

    /** The seed's responsible departments (seed 一(二)), as the catalogue settings give them by default. */
    private static final Map<KeyContentCategory, String> SEED = new java.util.EnumMap<>(KeyContentCategory.class);

    static {
        for (KeyContentCategory k : KeyContentCategory.values()) {
            SEED.put(k, k.responsibleDepartment());
        }
        DEPARTMENTS.put(2L, "产业发展处");
        DEPARTMENTS.put(3L, "机关党委");
    }

    @Test
    @DisplayName("seed 四 / Art. 26: on-time share counts items published within 20 working days against all, overdue unpublished ones as late")
    void timelinessCountsLateAndOverdueItems() {
        List<DepartmentAssessment> rows = new DepartmentScores()
                .publication(2L, KeyContentCategory.BIG_DATA_INDUSTRY, true, 0)
                .publication(2L, null, true, 0)
                .publication(2L, null, true, 3)
                .publication(2L, null, false, 5)
                .assess(DEPARTMENTS, SEED);
        DepartmentAssessment industry = rows.get(1);
        assertEquals("产业发展处", industry.departmentName());
        assertEquals(3, industry.published());
        assertEquals(2, industry.publishedOnTime());
        assertEquals(1, industry.overdueUnpublished());
        assertEquals(50.0, industry.publicationOnTimePercent());
        assertEquals(8, industry.workingDaysLate());
        assertEquals(5, industry.maxWorkingDaysLate());
        assertNull(rows.get(2).publicationOnTimePercent(), "no items: no share, not 0 %");
    }

    @Test
    @DisplayName("seed 一(二): a key content category is covered when an entry of it was published this year, shown for its responsible department")
    void completenessShowsTheResponsibleCategoriesCovered() {
        DepartmentScores scores = new DepartmentScores()
                .publication(1L, KeyContentCategory.BUDGET, true, 0)
                .publication(2L, KeyContentCategory.DECISIONS, true, 0)   // another department's entry covers it too
                .publication(1L, KeyContentCategory.PROCUREMENT, false, 4); // not published: not covered
        List<DepartmentAssessment> rows = scores.assess(DEPARTMENTS, SEED);
        DepartmentAssessment office = rows.get(0);
        assertEquals(6, office.responsible().size());
        assertEquals(List.of(KeyContentCategory.DECISIONS, KeyContentCategory.BUDGET), office.covered());
        assertEquals(List.of(KeyContentCategory.CIVIL_SERVANTS, KeyContentCategory.RETIRED_CADRES,
                KeyContentCategory.CADRE_APPOINTMENTS, KeyContentCategory.PROCUREMENT), office.missing());
        assertEquals(List.of(KeyContentCategory.PARTY_INTEGRITY), rows.get(2).missing());
        assertEquals(Set.of(KeyContentCategory.BUDGET, KeyContentCategory.DECISIONS), scores.covered());
    }

    @Test
    void repliesRatingsAndRecordsAreCountedPerDepartment() {
        DepartmentAssessment office = new DepartmentScores()
                .reply(1L, true).reply(1L, true).reply(1L, false).reply(null, true)
                .rating(1L, 5).rating(1L, 2)
                .record(1L, RecordKind.COMMENDATION).record(1L, RecordKind.ACCOUNTABILITY).record(1L, RecordKind.ACCOUNTABILITY)
                .assess(DEPARTMENTS, SEED).get(0);
        assertEquals(3, office.replies());
        assertEquals(2, office.repliesOnTime());
        assertEquals(200.0 / 3, office.replyOnTimePercent(), 1e-9);
        assertEquals(2, office.ratings());
        assertEquals(3.5, office.averageRating());
        assertEquals(1, office.commendations());
        assertEquals(2, office.accountabilities());
    }
}
