package cn.xxgk.assessment.entity;

import cn.xxgk.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The applicant's satisfaction with the reply to a request: one score from 1 (very dissatisfied) to
 * 5 (very satisfied), given once, after the reply. Append-only (V21's triggers); the unique key on
 * the request makes a second rating impossible even in a race.
 */
@Entity
@Table(name = "assessment_rating")
@NamedQuery(name = Rating.OF_REQUEST, query = "SELECT COUNT(r) FROM Rating r WHERE r.requestId = :request")
@NamedQuery(name = Rating.OF_YEAR, query = "SELECT r FROM Rating r WHERE r.ratedOn >= :from AND r.ratedOn < :to")
public class Rating {

    public static final String OF_REQUEST = "Rating.ofRequest";
    public static final String OF_YEAR = "Rating.ofYear";
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "request_id", nullable = false, updatable = false) private Long requestId;
    @Column(name = "department_id", updatable = false) private Long departmentId;
    @Column(nullable = false, updatable = false) private int score;
    @Column(name = "rated_on", nullable = false, updatable = false) private LocalDate ratedOn;
    @Column(name = "created_at", nullable = false, updatable = false) private LocalDateTime createdAt;

    protected Rating() {
    }

    /**
     * A rating of a replied request; {@code repliedOn} null (no reply yet) or a score outside 1-5 is
     * refused. The department is the handler's at the time of rating.
     */
    public static Rating of(Long requestId, LocalDate repliedOn, Long departmentId, Integer score, LocalDateTime now) {
        if (repliedOn == null) {
            throw new InvalidInputException("assessment.rating.beforeReply");
        }
        if (score == null || score < LOWEST || score > HIGHEST) {
            throw new InvalidInputException("assessment.rating.score", LOWEST, HIGHEST);
        }
        Rating r = new Rating();
        r.requestId = requestId;
        r.departmentId = departmentId;
        r.score = score;
        r.ratedOn = now.toLocalDate();
        r.createdAt = now;
        return r;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public Long getDepartmentId() { return departmentId; }
    public int getScore() { return score; }
    public LocalDate getRatedOn() { return ratedOn; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
