package cn.xxgk.assessment.web;

import cn.xxgk.assessment.boundary.RatingState;
import cn.xxgk.assessment.boundary.Ratings;
import cn.xxgk.assessment.entity.Rating;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.MessageBundle;
import cn.xxgk.request.control.Throttled;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The applicant's one rating of the reply (seed 四, 群众满意度) on the public status page
 * (WEB-INF/includes/assessment/rating.xhtml) and its answer page /public/rating: plain HTML forms
 * posted with the request number and query code, like the status page itself, so that it works
 * without JavaScript and without a server session (the portal's readers have none).
 */
@Named("publicRating")
@RequestScoped
public class PublicRatingView {

    private static final int MAX = 64;

    @Inject
    Ratings ratings;

    private RatingState state;
    private String number = "";
    private String code = "";
    private String message;
    private boolean refused;

    /** Where the rating of this request stands; null for a wrong number or code. */
    public RatingState state(String givenNumber, String givenCode) {
        if (state == null && givenNumber != null && !givenNumber.isBlank()) {
            number = cut(givenNumber);
            code = cut(givenCode);
            try {
                state = ratings.state(number, code);
            } catch (InvalidInputException unknown) {
                return null;
            }
        }
        return state;
    }

    /** /public/rating: records the posted rating and says how it went (400 when refused). */
    public void rate() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!"POST".equals(((HttpServletRequest) external.getRequest()).getMethod())) {
            message = text("assessment.rating.unknown");
            refused = true;
            return;
        }
        Map<String, String> p = external.getRequestParameterMap();
        number = cut(p.get("number"));
        code = cut(p.get("code"));
        try {
            ratings.rate(number, code, score(p.get("score")));
            message = text("assessment.rating.thanks");
        } catch (Throttled throttled) { // as the status page: a code is guessed no faster here
            message = text("public.throttled.detail", throttled.retryAfterSeconds());
            refused = true;
            ((HttpServletResponse) external.getResponse()).setStatus(429);
        } catch (InvalidInputException refusal) {
            message = text(refusal.messageKey(), refusal.arguments());
            refused = true;
            ((HttpServletResponse) external.getResponse()).setStatus(400);
        }
    }

    private static Integer score(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null; // the boundary refuses a missing score with its range
        }
    }

    public List<Integer> getScores() {
        return IntStream.iterate(Rating.HIGHEST, s -> s >= Rating.LOWEST, s -> s - 1).boxed().toList(); // 5 first
    }

    private static String cut(String value) {
        return value == null ? "" : value.length() > MAX ? value.substring(0, MAX) : value;
    }

    private static String text(String key, Object... arguments) {
        return MessageBundle.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    public String getNumber() { return number; }
    public String getCode() { return code; }
    public String getMessage() { return message; }
    public boolean isRefused() { return refused; }
}
