package cn.xxgk.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * The caller holds the right role but may not act on this object: a department user and another
 * department's item, a step that belongs to another role. Checked per object in the boundary
 * (the container checks only the role). The audited command records it as REFUSED; the API answers
 * 403; the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String reason) {
        super(reason);
    }
}
