package cn.xxgk.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * No object with this id, or none the caller may know of: a screen opened with it shows the 404
 * page; the API answers with the message, like any input the user can correct.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends InvalidInputException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
