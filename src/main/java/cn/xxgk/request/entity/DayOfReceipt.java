package cn.xxgk.request.entity;

import cn.xxgk.calendar.control.Channel;
import java.time.LocalDate;

/**
 * The one rule for the day a request was received (Art. 31), for the entity and for the SQL that
 * counts requests: a request filed online is received on the day both sides confirmed it, the
 * office's confirmation (Art. 31(3) "以双方确认之日为收到申请之日"), and is not received before it;
 * every other channel's day of receipt is the day registered (the handover's day for a forwarded one).
 */
public final class DayOfReceipt {

    /**
     * The same rule over the columns of {@code disclosure_request r}: null for an online request the
     * office has not confirmed, so no day range counts it. The columns are in the covering index
     * ix_disclosure_request_tally (V24), so the annual report still reads only the index.
     */
    public static final String SQL = "IF(r.channel = 'ONLINE', r.receipt_confirmed_on, r.received_on)";

    private DayOfReceipt() {
    }

    /** The day of receipt, or null for an online request not yet confirmed (filed, not yet received). */
    public static LocalDate of(Channel channel, LocalDate registeredOn, LocalDate confirmedOn) {
        return channel == Channel.ONLINE ? confirmedOn : registeredOn;
    }
}
