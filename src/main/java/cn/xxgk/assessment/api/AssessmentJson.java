package cn.xxgk.assessment.api;

import cn.xxgk.assessment.boundary.YearAssessment;
import cn.xxgk.assessment.control.DepartmentAssessment;
import cn.xxgk.assessment.entity.AssessmentRecord;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/** The bodies and views of the assessment API. */
public final class AssessmentJson {

    private AssessmentJson() {
    }

    public record NewRecord(Long departmentId, Integer year, String kind, @Size(max = AssessmentRecord.MAX_PERSON) String person,
                     @Size(max = AssessmentRecord.MAX_REASON) String reason) {
    }

    public record RatingBody(@Size(max = 24) String queryCode, Integer score) {
    }

    public record RatingView(String requestNumber, int score) {
    }

    public record RecordView(Long id, Long departmentId, int year, String kind, String person, String reason, String recordedBy,
                      LocalDateTime recordedAt) {
        static RecordView of(AssessmentRecord r) {
            return new RecordView(r.getId(), r.getDepartmentId(), r.getYear(), r.getKind().name(), r.getPerson(),
                    r.getReason(), r.getRecordedBy(), r.getRecordedAt());
        }
    }

    public record DepartmentView(Long departmentId, String departmentName, int published, int publishedOnTime,
                          int overdueUnpublished, Double publicationOnTimePercent, int workingDaysLate,
                          int maxWorkingDaysLate, List<KeyContentCategory> responsibleCategories,
                          List<KeyContentCategory> coveredCategories, List<KeyContentCategory> missingCategories,
                          int replies, int repliesOnTime, Double replyOnTimePercent, int ratings, Double averageRating,
                          int commendations, int accountabilities) {
        static DepartmentView of(DepartmentAssessment a) {
            return new DepartmentView(a.departmentId(), a.departmentName(), a.published(), a.publishedOnTime(),
                    a.overdueUnpublished(), a.publicationOnTimePercent(), a.workingDaysLate(), a.maxWorkingDaysLate(),
                    a.responsible(), a.covered(), a.missing(), a.replies(), a.repliesOnTime(), a.replyOnTimePercent(),
                    a.ratings(), a.averageRating(), a.commendations(), a.accountabilities());
        }
    }

    public record YearView(int year, List<KeyContentCategory> coveredCategories, List<DepartmentView> departments) {
        static YearView of(YearAssessment y) {
            return new YearView(y.year(), List.copyOf(y.covered()),
                    y.departments().stream().map(DepartmentView::of).toList());
        }
    }
}
