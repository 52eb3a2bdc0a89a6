package cn.xxgk.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock of the agency. Legal deadlines and working days are Chinese dates, so every
 * timestamp the application makes is taken in Asia/Shanghai, whatever the server's zone.
 */
@ApplicationScoped
public class AgencyClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
