package cn.xxgk.assessment.control;

import cn.xxgk.catalogue.entity.KeyContentCategory;
import java.util.List;

/**
 * One department's assessment figures for a year (seed 四).
 *
 * @param published           proactive items published within the year
 * @param publishedOnTime     of those, published within Art. 26's 20 working days
 * @param overdueUnpublished  proactive items still unpublished past their deadline
 * @param workingDaysLate     working days late, summed over late and overdue items
 * @param responsible         the key content categories (seed 一(二)) the department answers for
 * @param covered             of those, the categories with entries published within the year
 * @param replies             requests its handlers replied to within the year
 * @param repliesOnTime       of those, replied by the deadline (Art. 33)
 * @param ratings             satisfaction ratings of its replies given within the year
 * @param averageRating       their mean (1-5), null without ratings
 */
public record DepartmentAssessment(Long departmentId, String departmentName, int published, int publishedOnTime,
                                   int overdueUnpublished, int workingDaysLate, int maxWorkingDaysLate,
                                   List<KeyContentCategory> responsible, List<KeyContentCategory> covered,
                                   int replies, int repliesOnTime, int ratings, Double averageRating,
                                   int commendations, int accountabilities) {

    /** Share of the year's items published on time, in percent (overdue unpublished ones count as not on time); null without items. */
    public Double publicationOnTimePercent() {
        int all = published + overdueUnpublished;
        return all == 0 ? null : 100.0 * publishedOnTime / all;
    }

    /** Share of the year's replies made on time, in percent; null without replies. */
    public Double replyOnTimePercent() {
        return replies == 0 ? null : 100.0 * repliesOnTime / replies;
    }

    /** The responsible categories without an entry this year: what the department still owes. */
    public List<KeyContentCategory> missing() {
        return responsible.stream().filter(c -> !covered.contains(c)).toList();
    }
}
