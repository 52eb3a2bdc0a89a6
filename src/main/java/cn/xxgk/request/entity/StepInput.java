package cn.xxgk.request.entity;

import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.stream.Stream;

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

    /** A day typed for a step of the request: given, not after today, not before its latest step's day. */
    static void requireStepDay(LocalDate day, DisclosureRequest r, LocalDateTime now) {
        requireEventDay(day, lastStepDay(r), now);
    }

    /** The latest day a step of the request is stated to have happened (the day of receipt at the least). */
    static LocalDate lastStepDay(DisclosureRequest r) {
        return Stream.concat(Stream.of(r.getReceivedOn(), r.getClock().getStartOn(), r.getCorrection().getNoticeOn(),
                        r.getCorrection().getReceivedOn(), r.getReasonsAsked().getAskedOn(), r.getReply().getRepliedOn(),
                        r.getReply().getDeliveredOn()),
                Consultations.stepDays(r.getConsultations()))
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(r.getReceivedOn());
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
