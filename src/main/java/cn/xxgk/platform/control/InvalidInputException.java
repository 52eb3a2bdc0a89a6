package cn.xxgk.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * Input a user can correct: a missing field, a malformed number, a step out of order. Carries a
 * message key of the resource bundle (shown in Chinese on screen, or as the detail of a 400
 * problem on the API) and rolls the transaction back, so nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey);
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
