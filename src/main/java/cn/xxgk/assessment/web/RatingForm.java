package cn.xxgk.assessment.web;

import cn.xxgk.assessment.boundary.RatingState;
import cn.xxgk.assessment.boundary.Ratings;
import cn.xxgk.assessment.entity.Rating;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Backs WEB-INF/includes/assessment/rating.xhtml: the applicant's one rating of the reply, on the
 * public status page, known by the request number and query code the page was opened with
 * (ui:params number and code).
 */
@Named
@ViewScoped
public class RatingForm implements Serializable {

    @Inject
    Ratings ratings;

    @Inject
    FieldFlaws flaws;

    @Inject
    Messages messages;

    private Integer score;
    private RatingState state;
    /** The number and code the page was opened with, kept for the rating's postback (a status page may not keep them). */
    private String number;
    private String code;

    /** Where the rating stands (read once per view and after rating); null for a wrong number or code. */
    public RatingState state(String number, String code) {
        remember(number, code);
        if (state == null) {
            try {
                state = ratings.state(this.number, this.code);
            } catch (InvalidInputException unknown) {
                return null;
            }
        }
        return state;
    }

    public void rate(String number, String code) {
        remember(number, code);
        Rating rating = flaws.attempt("rating", key -> "assessment.rating.score".equals(key) ? "score" : null,
                () -> ratings.rate(this.number, this.code, score));
        state = null;
        if (rating != null) {
            messages.info(null, "assessment.rating.thanks");
        }
    }

    private void remember(String givenNumber, String givenCode) {
        if (givenNumber != null && !givenNumber.isBlank()) {
            number = givenNumber;
            code = givenCode;
        }
    }

    public List<Integer> getScores() {
        return IntStream.iterate(Rating.HIGHEST, s -> s >= Rating.LOWEST, s -> s - 1).boxed().toList(); // 5 first
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }
}
