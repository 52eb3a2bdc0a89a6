package cn.xxgk.assessment.boundary;

/** Whether the applicant may rate the reply now: not yet replied, open, or already rated (with the score). */
public record RatingState(Stage stage, Integer score) {

    public enum Stage {
        /** The reply is not made yet: nothing to rate. */
        BEFORE_REPLY,
        OPEN,
        RATED
    }
}
