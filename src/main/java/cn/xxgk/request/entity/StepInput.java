package cn.xxgk.request.entity;

import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What every step of the request checks of what the office typed: a stated day and a text. */
final class StepInput {

    private StepInput() {
    }

    /** A day typed for a step: given, not after today, not before {@code notBefore} (the latest step's). */
    static void requireEventDay(LocalDate day, LocalDate notBefore, LocalDateTime now) {
        if (day == null) {
            throw new InvalidInputException("request.invalid.dateRequired");
        }
        if (day.isAfter(now.toLocalDate())) {
            throw new InvalidInputException("request.invalid.dateInFuture", day);
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw new InvalidInputException("request.invalid.dateTooEarly", day, notBefore);
        }
    }

    /** A text the step needs: not blank, at most {@link RequestForm#MAX_TEXT}; stripped. */
    static String requireText(String text, String key) {
        if (RequestForm.blank(text)) {
            throw new InvalidInputException(key);
        }
        if (text.strip().length() > RequestForm.MAX_TEXT) {
            throw new InvalidInputException("request.invalid.textTooLong", RequestForm.MAX_TEXT);
        }
        return text.strip();
    }
}
