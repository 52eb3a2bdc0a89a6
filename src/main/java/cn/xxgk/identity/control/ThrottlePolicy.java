package cn.xxgk.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How login attempts are slowed down, by client address and by account name, and the keys their
 * counts are kept under. An address gets more free failures than an account because a whole
 * office may reach the server through one NAT address; an account's wait is shorter, so that its
 * owner gets in soon after an attacker elsewhere stops (or while the attacker's address waits).
 */
@ApplicationScoped
public class ThrottlePolicy {

    static final String ADDRESS = "address:";
    static final String ACCOUNT = "account:";
    /** The key column's width; a longer name cannot be a user's (100 characters at most). */
    static final int MAX_KEY = 120;

    @Inject
    @ConfigProperty(name = "xxgk.login.address.free-failures", defaultValue = "10")
    int addressFreeFailures;

    @Inject
    @ConfigProperty(name = "xxgk.login.address.max-wait-seconds", defaultValue = "900")
    int addressMaxWaitSeconds;

    @Inject
    @ConfigProperty(name = "xxgk.login.account.free-failures", defaultValue = "3")
    int accountFreeFailures;

    @Inject
    @ConfigProperty(name = "xxgk.login.account.max-wait-seconds", defaultValue = "300")
    int accountMaxWaitSeconds;

    @Inject
    @ConfigProperty(name = "xxgk.login.forget-after-minutes", defaultValue = "60")
    int forgetAfterMinutes;

    /** The backoff that applies to a key of {@link #addressKey} or {@link #accountKey}. */
    public Backoff backoffFor(String key) {
        return key.startsWith(ADDRESS)
                ? new Backoff(addressFreeFailures, Duration.ofSeconds(addressMaxWaitSeconds))
                : new Backoff(accountFreeFailures, Duration.ofSeconds(accountMaxWaitSeconds));
    }

    /** A count whose last failure is this old starts afresh. */
    public Duration forgetAfter() {
        return Duration.ofMinutes(forgetAfterMinutes);
    }

    /**
     * The key of a client address. An IPv6 address counts by its /64 network: one host usually
     * holds a whole /64 and could otherwise take a fresh address for every guess.
     */
    public static String addressKey(String address) {
        String text = address == null ? "" : address.strip();
        if (text.contains(":")) {
            try {
                byte[] bytes = InetAddress.getByName(text).getAddress();
                if (bytes.length == 16) {
                    text = HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
                }
            } catch (UnknownHostException notALiteral) {
                // kept as given (it came from the servlet container, not from the client)
            }
        }
        return cut(ADDRESS + text);
    }

    /** The key of an account name as typed (user names do not differ by case in the database). */
    public static String accountKey(String username) {
        return cut(ACCOUNT + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
    }

    private static String cut(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }
}
