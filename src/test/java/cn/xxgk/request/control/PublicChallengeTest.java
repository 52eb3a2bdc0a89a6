package cn.xxgk.request.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xxgk.platform.control.InvalidInputException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PublicChallengeTest {

    static final Instant NOW = Instant.parse("2026-03-06T02:00:00Z");
    static final PublicChallenge CHALLENGE = new PublicChallenge(new KeyedHash(new byte[32]), 8);
    static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /** What the form's script does: the first number whose hash has enough leading zero bits. */
    static String solve(String token, int bits) {
        for (long n = 0; ; n++) {
            if (PublicChallenge.leadingZeroBits(token, Long.toString(n)) >= bits) {
                return Long.toString(n);
            }
        }
    }

    static int sum(String question) {
        Matcher m = Pattern.compile("(.)加(.)").matcher(question);
        if (!m.find()) {
            throw new AssertionError(question);
        }
        return java.util.Arrays.asList(DIGITS).indexOf(m.group(1)) + java.util.Arrays.asList(DIGITS).indexOf(m.group(2));
    }

    @Test
    void aProofOfWorkOrTheRightSumPasses() {
        PublicChallenge.Issued issued = CHALLENGE.issue(NOW);
        String nonce = issued.token().split("\\.")[0];
        assertEquals(nonce, CHALLENGE.verify(issued.token(), solve(issued.token(), 8), null, NOW).nonce());
        assertEquals(nonce, CHALLENGE.verify(issued.token(), null, Integer.toString(sum(issued.question())), NOW).nonce());
    }

    @Test
    void aWrongAnswerAForgedOrExpiredTokenIsRefused() {
        PublicChallenge.Issued issued = CHALLENGE.issue(NOW);
        String wrongSum = Integer.toString(sum(issued.question()) + 1);
        assertEquals("request.invalid.challengeWrong", assertThrows(InvalidInputException.class,
                () -> CHALLENGE.verify(issued.token(), null, wrongSum, NOW)).messageKey());
        String notAProof = java.util.stream.LongStream.range(0, 1000).mapToObj(Long::toString)
                .filter(p -> PublicChallenge.leadingZeroBits(issued.token(), p) < 8).findFirst().orElseThrow();
        assertEquals("request.invalid.challengeWrong", assertThrows(InvalidInputException.class,
                () -> CHALLENGE.verify(issued.token(), notAProof, null, NOW)).messageKey());
        String[] parts = issued.token().split("\\.");
        String later = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2] + "." + parts[3];
        assertEquals("request.invalid.challengeMissing", assertThrows(InvalidInputException.class,
                () -> CHALLENGE.verify(later, solve(later, 8), null, NOW)).messageKey(), "the expiry is signed");
        PublicChallenge otherKey = new PublicChallenge(new KeyedHash(new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
                15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}), 8);
        assertEquals("request.invalid.challengeMissing", assertThrows(InvalidInputException.class,
                () -> otherKey.verify(issued.token(), solve(issued.token(), 8), null, NOW)).messageKey());
        assertEquals("request.invalid.challengeExpired", assertThrows(InvalidInputException.class,
                () -> CHALLENGE.verify(issued.token(), solve(issued.token(), 8), null,
                        NOW.plusSeconds(PublicChallenge.VALID_SECONDS))).messageKey());
        assertEquals("request.invalid.challengeMissing", assertThrows(InvalidInputException.class,
                () -> CHALLENGE.verify("<script>", "1", "1", NOW)).messageKey());
    }
}
