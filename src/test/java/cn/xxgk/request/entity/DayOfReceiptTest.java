package cn.xxgk.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.xxgk.calendar.control.Channel;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one rule for the day of receipt that the letters, the screens and the statistics' SQL share. */
class DayOfReceiptTest {

    static final LocalDate FILED = LocalDate.of(2022, 12, 30);
    static final LocalDate CONFIRMED = LocalDate.of(2023, 1, 4);

    @Test
    @DisplayName("Art. 31(3): an online request is received on the day both sides confirm it, and not before")
    void onlineIsReceivedOnTheOfficesConfirmation() {
        assertEquals(CONFIRMED, DayOfReceipt.of(Channel.ONLINE, FILED, CONFIRMED));
        assertNull(DayOfReceipt.of(Channel.ONLINE, FILED, null), "filed, not yet received");
    }

    @Test
    @DisplayName("Art. 31: the other channels are received on the day registered (the day their rule names)")
    void otherChannelsOnTheDayRegistered() {
        for (Channel channel : Channel.values()) {
            if (channel != Channel.ONLINE) {
                assertEquals(FILED, DayOfReceipt.of(channel, FILED, null), channel.name());
            }
        }
    }
}
