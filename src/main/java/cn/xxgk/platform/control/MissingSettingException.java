package cn.xxgk.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * A command cannot run because the server lacks a setting it needs (e.g. the key that encrypts
 * personal data). Nothing the user can correct: the API answers 503 with the message key's text,
 * naming the setting, so that the administrator knows what to configure; nothing is saved.
 */
@ApplicationException(rollback = true)
public class MissingSettingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public MissingSettingException(String messageKey, Object... arguments) {
        super(messageKey + " " + java.util.Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
