package cn.xxgk.assessment.web;

import cn.xxgk.assessment.boundary.Assessments;
import cn.xxgk.assessment.boundary.YearAssessment;
import cn.xxgk.assessment.control.DepartmentAssessment;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * /assessment/index.xhtml: the year's assessment of the departments (seed 四) for the leaders —
 * charts of the shares on time, lateness and satisfaction, the table of every figure, the key
 * content categories covered, and the XLSX export.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    @Inject
    Assessments assessments;

    @Inject
    Messages messages;

    @Inject
    transient Clock clock;

    private int year;
    private YearAssessment assessment;

    public void load() {
        int current = LocalDate.now(clock).getYear();
        if (year == 0 || year > current || year < Assessments.FIRST_YEAR) {
            year = current;
        }
        assessment = assessments.ofYear(year);
    }

    public List<DepartmentAssessment> getRows() {
        return assessment.departments();
    }

    public String getOnTimeChart() {
        return AssessmentCharts.onTime(getRows(), messages.text("assessment.page.publicationOnTime"),
                messages.text("assessment.page.replyOnTime"));
    }

    public String getLatenessChart() {
        return AssessmentCharts.lateness(getRows(), messages.text("assessment.page.workingDaysLate"));
    }

    public String getSatisfactionChart() {
        return AssessmentCharts.satisfaction(getRows(), messages.text("assessment.page.averageRating"));
    }

    /** Every key content category, whether it has entries this year. */
    public List<Covered> getCategories() {
        return Arrays.stream(KeyContentCategory.values()).map(k -> new Covered(k, assessment.covered().contains(k))).toList();
    }

    public String names(List<KeyContentCategory> categories) {
        return categories.stream().map(k -> messages.text("govinfo.key." + k.name())).collect(Collectors.joining("、"));
    }

    public String percent(Double value) {
        return value == null ? "—" : String.format("%.1f%%", value);
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return List.of(now, now - 1, now - 2);
    }

    /** A chart's height: a bar per department, at least 12rem. */
    public String getChartStyle() {
        return "height:" + Math.max(12, 3 + 2 * getRows().size()) + "rem";
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }

    /** A key content category and whether entries of it were published this year. */
    public record Covered(KeyContentCategory category, boolean covered) {
    }
}
