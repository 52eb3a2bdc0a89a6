package cn.xxgk.calendar.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The day a request's clock starts from, by channel (Art. 31 of the Regulations). The day itself
 * is not counted: the first working day after it is day 1 ({@link WorkingDayCalendar#addWorkingDays}).
 * Each factory takes the dates of the events its channel knows and applies the rule, so that the
 * request records what happened and the rule stays in one place.
 *
 * @param channel how the request arrived
 * @param date    the day the clock starts from
 */
public record ClockStart(Channel channel, LocalDate date) {

    private static final Set<Channel> CONFIRMED_CHANNELS = Set.of(Channel.ONLINE, Channel.FAX, Channel.EMAIL, Channel.POST);

    public ClockStart {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(date, "date");
    }

    /** Art. 31(1): a request handed in at the office starts on the day it is submitted. */
    public static ClockStart inPerson(LocalDate submittedOn) {
        return new ClockStart(Channel.IN_PERSON, submittedOn);
    }

    /** Art. 31(2): a request by post starts on the day the agency signs for the letter. */
    public static ClockStart byPost(LocalDate signedForOn) {
        return new ClockStart(Channel.POST, signedForOn);
    }

    /**
     * Art. 31(3): a request online or by fax starts on the day both sides have confirmed it, that is
     * the later of the applicant's and the agency's confirmation (for the online form the applicant's
     * submission is its confirmation; a fax may be confirmed by the applicant after the agency logs
     * it). Email is treated like the online form: the Regulations name no separate rule for it.
     * Art. 31(2) also applies this rule to a plain letter that nobody signs for: the office confirms
     * it with the applicant on arrival, and the confirmation day counts ({@code channel} POST).
     */
    public static ClockStart confirmed(Channel channel, LocalDate applicantConfirmedOn, LocalDate agencyConfirmedOn) {
        if (!CONFIRMED_CHANNELS.contains(channel)) {
            throw new IllegalArgumentException(channel + " does not start on a confirmation by both sides");
        }
        LocalDate later = applicantConfirmedOn.isAfter(agencyConfirmedOn) ? applicantConfirmedOn : agencyConfirmedOn;
        return new ClockStart(channel, later);
    }

    /**
     * A request forwarded by the municipal open-government office starts on the day this agency
     * receives the handover: it cannot act on a request before it has it (seed rules 一(五)4).
     */
    public static ClockStart forwarded(LocalDate handedOverOn) {
        return new ClockStart(Channel.FORWARDED, handedOverOn);
    }
}
