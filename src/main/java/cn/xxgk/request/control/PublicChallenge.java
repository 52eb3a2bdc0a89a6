package cn.xxgk.request.control;

import cn.xxgk.platform.control.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The portal's challenge before a request is filed online, with no third-party service and no state
 * on the server until it is answered. The server issues a token {@code nonce.expiry.powSig.sumSig}:
 * a random nonce, its expiry (epoch seconds) and two HMACs under the lookup key
 * ({@link KeyedHash}). The visitor answers it in one of two ways:
 * <ul>
 * <li>a proof of work, solved by a few lines of JavaScript on the form: a number {@code proof} such that
 *     SHA-256(token ":" proof) begins with {@code bits} zero bits (about 2^bits hashes, well under a
 *     second in a browser, a real cost for somebody filing thousands);</li>
 * <li>without JavaScript, the sum of two small numbers shown as text: the expected sum is not in the
 *     token, only an HMAC over it ({@code sumSig}), so the token does not give it away.</li>
 * </ul>
 * A verified token names its nonce; the boundary spends it once (a table of spent nonces), so one
 * answer files one request. The throttle per address is the real limit on a flood; the challenge
 * stops blind form posting and makes scripted filing cost work.
 */
public final class PublicChallenge {

    /** How long a challenge may be answered. */
    public static final long VALID_SECONDS = 30 * 60;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-]{22}\\.[0-9]{1,12}\\.[A-Za-z0-9_\\-]{43}\\.[A-Za-z0-9_\\-]{43}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,12}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final KeyedHash hash;
    private final int bits;

    public PublicChallenge(KeyedHash hash, int bits) {
        this.hash = hash;
        this.bits = Math.max(1, Math.min(bits, 24));
    }

    /** A challenge issued: the token, the proof's zero bits and the question for visitors without JavaScript. */
    public record Issued(String token, int bits, String question) {
    }

    /** A token that verified: its nonce, to spend once, and its expiry. */
    public record Verified(String nonce, Instant expires) {
    }

    public Issued issue(Instant now) {
        byte[] nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        String nonce = b64(nonceBytes);
        long expires = now.getEpochSecond() + VALID_SECONDS;
        int a = 1 + RANDOM.nextInt(9);
        int b = 1 + RANDOM.nextInt(9);
        String head = nonce + "." + expires;
        String token = head + "." + b64(hash.of("public-challenge-pow", head))
                + "." + b64(hash.of("public-challenge-sum", head + "|" + (a + b)));
        return new Issued(token, bits, DIGITS[a] + "加" + DIGITS[b] + "等于几？（请填阿拉伯数字）");
    }

    /**
     * Checks an answer: the proof of work or the sum. Refuses a malformed, forged or expired token
     * and a wrong answer, each with a message for the form's challenge field.
     */
    public Verified verify(String token, String proof, String sum, Instant now) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new InvalidInputException("request.invalid.challengeMissing");
        }
        String[] parts = token.split("\\.");
        String head = parts[0] + "." + parts[1];
        if (!KeyedHash.same(Base64.getUrlDecoder().decode(parts[2]), hash.of("public-challenge-pow", head))) {
            throw new InvalidInputException("request.invalid.challengeMissing");
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (!now.isBefore(expires)) {
            throw new InvalidInputException("request.invalid.challengeExpired");
        }
        boolean worked = proof != null && NUMBER.matcher(proof.strip()).matches() && leadingZeroBits(token, proof.strip()) >= bits;
        String typed = sum == null ? "" : sum.strip();
        boolean summed = NUMBER.matcher(typed).matches() && typed.length() <= 3 && KeyedHash.same(
                Base64.getUrlDecoder().decode(parts[3]), hash.of("public-challenge-sum", head + "|" + Integer.parseInt(typed)));
        if (!worked && !summed) {
            throw new InvalidInputException("request.invalid.challengeWrong");
        }
        return new Verified(parts[0], expires);
    }

    /** The number of leading zero bits of SHA-256(token ":" proof), as the form's script computes it. */
    public static int leadingZeroBits(String token, String proof) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((token + ":" + proof).getBytes(StandardCharsets.UTF_8));
            int zeros = 0;
            for (byte d : digest) {
                if (d == 0) {
                    zeros += 8;
                    continue;
                }
                return zeros + Integer.numberOfLeadingZeros(d & 0xff) - 24;
            }
            return zeros;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
