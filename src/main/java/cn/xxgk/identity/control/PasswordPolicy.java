package cn.xxgk.identity.control;

import cn.xxgk.platform.control.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be, wherever it is set (the office head's new account, a user's own
 * change): at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH} (hashing is slow
 * on purpose), of at least two classes of letters, digits and other characters, not containing the
 * user name, and not one of the common passwords of {@value #COMMON_LIST} — nor such a password
 * with digits and symbols merely put before or after it ("Password2026!"). Each refusal is an
 * {@link InvalidInputException} with its own message key, shown at the password field.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** Names shorter than this are parts of too many words to be refused inside a password. */
    static final int MIN_NAME_TO_REFUSE = 3;
    static final String COMMON_LIST = "/identity/common-passwords.txt";

    public static final String TOO_SHORT = "password.tooShort";
    public static final String TOO_LONG = "password.tooLong";
    public static final String ONE_CLASS = "password.oneClass";
    public static final String CONTAINS_NAME = "password.containsUsername";
    public static final String COMMON = "password.common";
    /** The message keys of this policy's refusals: a screen shows them at its new-password field. */
    public static final Set<String> REFUSALS = Set.of(TOO_SHORT, TOO_LONG, ONE_CLASS, CONTAINS_NAME, COMMON);

    private final Set<String> common;

    public PasswordPolicy() {
        this(readList(COMMON_LIST));
    }

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** Refuses a password for the account {@code username} that breaks a rule; returns quietly otherwise. */
    public void check(String username, String password) {
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            throw new InvalidInputException(TOO_SHORT, MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInputException(TOO_LONG, MAX_LENGTH);
        }
        if (classes(candidate) < 2) {
            throw new InvalidInputException(ONE_CLASS);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= MIN_NAME_TO_REFUSE && lower.contains(name)) {
            throw new InvalidInputException(CONTAINS_NAME);
        }
        if (common.contains(lower) || common.contains(core(lower))) {
            throw new InvalidInputException(COMMON);
        }
    }

    /** How many of the classes letters, digits and other characters the password uses. */
    static int classes(String password) {
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (letter ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** The password without the digits and symbols before and after its letters. */
    static String core(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetter(password.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(start, end);
    }

    static Set<String> readList(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
