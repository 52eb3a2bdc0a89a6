package cn.xxgk.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often the portal's anonymous calls may come, per key and window (counted in the database by
 * request.boundary.PublicThrottles, so every node applies the same): filing a request per client
 * address; reading a status per client address and per request number (guessing a query code is slow
 * from one address, and against one request from many). The office's screens are not counted.
 */
@ApplicationScoped
public class PublicLimits {

    @Inject
    @ConfigProperty(name = "xxgk.public.file.per-address", defaultValue = "5")
    int filePerAddress;

    @Inject
    @ConfigProperty(name = "xxgk.public.file.window-minutes", defaultValue = "60")
    int fileWindowMinutes;

    @Inject
    @ConfigProperty(name = "xxgk.public.status.per-address", defaultValue = "30")
    int statusPerAddress;

    @Inject
    @ConfigProperty(name = "xxgk.public.status.per-request", defaultValue = "30")
    int statusPerRequest;

    @Inject
    @ConfigProperty(name = "xxgk.public.status.window-minutes", defaultValue = "10")
    int statusWindowMinutes;

    @Inject
    @ConfigProperty(name = "xxgk.public.challenge.bits", defaultValue = "15")
    int challengeBits;

    /** One count: at most {@code max} calls with this key in a window. */
    public record Limit(String key, int max, Duration window) {
    }

    public List<Limit> filing(String address) {
        return List.of(new Limit(cut("file:" + network(address)), filePerAddress, Duration.ofMinutes(fileWindowMinutes)));
    }

    public List<Limit> status(String address, String requestNumber) {
        Duration window = Duration.ofMinutes(statusWindowMinutes);
        return List.of(new Limit(cut("status:" + network(address)), statusPerAddress, window),
                new Limit(cut("status-number:" + requestNumber), statusPerRequest, window));
    }

    public int challengeBits() {
        return challengeBits;
    }

    /** An IPv6 address counts by its /64 network: one host usually holds a whole /64. */
    static String network(String address) {
        String text = address == null ? "" : address.strip();
        if (text.contains(":")) {
            try {
                byte[] bytes = InetAddress.getByName(text).getAddress();
                if (bytes.length == 16) {
                    return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
                }
            } catch (UnknownHostException notALiteral) {
                return text; // as the container gave it
            }
        }
        return text;
    }

    private static String cut(String key) {
        return key.length() <= 160 ? key : key.substring(0, 160);
    }
}
