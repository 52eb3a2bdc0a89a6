package cn.xxgk.request.control;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.calendar.control.ClockStart;
import java.time.LocalDate;

/**
 * Which of the events the office records at acceptance starts the reply clock, by channel
 * (Art. 31, through calendar.control.ClockStart): the day handed in; the day the letter was signed
 * for; for fax and email the later of the two confirmations; for a forwarded request the day of
 * the handover. A date the office leaves out is the day the request was received.
 */
public final class ClockStarts {

    private ClockStarts() {
    }

    public static ClockStart of(Channel channel, LocalDate receivedOn, LocalDate handoverOn, LocalDate signedForOn,
                                LocalDate applicantConfirmedOn, LocalDate agencyConfirmedOn) {
        return switch (channel) {
            case IN_PERSON -> ClockStart.inPerson(receivedOn);
            case POST -> ClockStart.byPost(orReceived(signedForOn, receivedOn));
            case FAX, EMAIL, ONLINE -> ClockStart.confirmed(channel, orReceived(applicantConfirmedOn, receivedOn),
                    orReceived(agencyConfirmedOn, receivedOn));
            case FORWARDED -> ClockStart.forwarded(handoverOn == null ? receivedOn : handoverOn);
        };
    }

    private static LocalDate orReceived(LocalDate day, LocalDate receivedOn) {
        return day == null ? receivedOn : day;
    }
}
