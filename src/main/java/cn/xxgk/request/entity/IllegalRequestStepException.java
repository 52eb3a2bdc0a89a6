package cn.xxgk.request.entity;

import cn.xxgk.platform.control.InvalidInputException;

/**
 * A step of the procedure that the request's state does not allow (a reply while waiting for the
 * correction, an acceptance of a closed request ...). Nothing changes; the user is told the state.
 */
public class IllegalRequestStepException extends InvalidInputException {

    /** Followed by the state's name: one message per state, e.g. request.illegalStep.RECEIVED. */
    public static final String MESSAGE_KEY_PREFIX = "request.illegalStep.";

    private final RequestState state;
    private final RequestStep step;

    public IllegalRequestStepException(RequestState state, RequestStep step) {
        super(MESSAGE_KEY_PREFIX + state.name());
        this.state = state;
        this.step = step;
    }

    public RequestState state() {
        return state;
    }

    public RequestStep step() {
        return step;
    }

    @Override
    public String getMessage() {
        return "step " + step + " is not allowed in state " + state;
    }
}
