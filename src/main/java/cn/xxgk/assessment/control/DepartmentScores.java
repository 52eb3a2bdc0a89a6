package cn.xxgk.assessment.control;

import cn.xxgk.assessment.entity.RecordKind;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds up one year's facts per department: each fact is told once ({@link #publication},
 * {@link #reply}, {@link #rating}, {@link #record}); {@link #assess} gives a row per department.
 * A key content category counts as covered when any entry of it was published within the year; it
 * is shown against the department responsible for it (the catalogue's setting, by department name).
 */
public final class DepartmentScores {

    private final Map<Long, int[]> counts = new HashMap<>();
    private final Map<Long, Integer> scoreSums = new HashMap<>();
    private final Set<KeyContentCategory> covered = EnumSet.noneOf(KeyContentCategory.class);

    private static final int PUBLISHED = 0;
    private static final int ON_TIME = 1;
    private static final int OVERDUE = 2;
    private static final int DAYS_LATE = 3;
    private static final int MAX_LATE = 4;
    private static final int REPLIES = 5;
    private static final int REPLIES_ON_TIME = 6;
    private static final int RATINGS = 7;
    private static final int COMMENDATIONS = 8;
    private static final int ACCOUNTABILITIES = 9;

    /** A proactive item of the year: published (late or not), or still unpublished past its deadline. */
    public DepartmentScores publication(Long departmentId, KeyContentCategory category, boolean published, int workingDaysLate) {
        int[] c = of(departmentId);
        if (published) {
            c[PUBLISHED]++;
            if (workingDaysLate <= 0) {
                c[ON_TIME]++;
            }
            if (category != null) {
                covered.add(category);
            }
        } else {
            c[OVERDUE]++;
        }
        c[DAYS_LATE] += Math.max(0, workingDaysLate);
        c[MAX_LATE] = Math.max(c[MAX_LATE], workingDaysLate);
        return this;
    }

    public DepartmentScores reply(Long departmentId, boolean onTime) {
        int[] c = of(departmentId);
        c[REPLIES]++;
        if (onTime) {
            c[REPLIES_ON_TIME]++;
        }
        return this;
    }

    public DepartmentScores rating(Long departmentId, int score) {
        of(departmentId)[RATINGS]++;
        scoreSums.merge(departmentId, score, Integer::sum);
        return this;
    }

    public DepartmentScores record(Long departmentId, RecordKind kind) {
        of(departmentId)[kind == RecordKind.COMMENDATION ? COMMENDATIONS : ACCOUNTABILITIES]++;
        return this;
    }

    /**
     * A row for each department (by id, with its name), in the order given; facts of other
     * departments are left out. {@code responsibleDepartment}: the department name per category.
     */
    public List<DepartmentAssessment> assess(Map<Long, String> departments,
                                             Map<KeyContentCategory, String> responsibleDepartment) {
        List<DepartmentAssessment> rows = new ArrayList<>();
        departments.forEach((id, name) -> {
            int[] c = counts.getOrDefault(id, new int[10]);
            List<KeyContentCategory> responsible = Arrays.stream(KeyContentCategory.values())
                    .filter(k -> name != null && name.equals(responsibleDepartment.get(k))).toList();
            rows.add(new DepartmentAssessment(id, name, c[PUBLISHED], c[ON_TIME], c[OVERDUE], c[DAYS_LATE], c[MAX_LATE],
                    responsible, responsible.stream().filter(covered::contains).toList(), c[REPLIES], c[REPLIES_ON_TIME],
                    c[RATINGS], c[RATINGS] == 0 ? null : scoreSums.get(id) / (double) c[RATINGS],
                    c[COMMENDATIONS], c[ACCOUNTABILITIES]));
        });
        return rows;
    }

    /** The key content categories with an entry published within the year, agency-wide. */
    public Set<KeyContentCategory> covered() {
        return EnumSet.copyOf(covered);
    }

    private int[] of(Long departmentId) {
        return counts.computeIfAbsent(departmentId, id -> new int[10]);
    }
}
