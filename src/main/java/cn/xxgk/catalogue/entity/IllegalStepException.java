package cn.xxgk.catalogue.entity;

import cn.xxgk.platform.control.InvalidInputException;

/**
 * A step of the chain that the item's state does not allow (publishing a draft, signing off what
 * the secrecy review has not passed ...). Nothing changes; the user is told the state and the step.
 */
public class IllegalStepException extends InvalidInputException {

    /** Followed by the state's name: one message per state, e.g. catalogue.illegalStep.DRAFT. */
    public static final String MESSAGE_KEY_PREFIX = "catalogue.illegalStep.";

    private final GovInfoState state;
    private final ChainStep step;

    public IllegalStepException(GovInfoState state, ChainStep step) {
        super(MESSAGE_KEY_PREFIX + state.name());
        this.state = state;
        this.step = step;
    }

    public GovInfoState state() {
        return state;
    }

    public ChainStep step() {
        return step;
    }

    @Override
    public String getMessage() {
        return "step " + step + " is not allowed in state " + state;
    }
}
