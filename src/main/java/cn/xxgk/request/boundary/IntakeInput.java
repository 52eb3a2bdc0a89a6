package cn.xxgk.request.boundary;

import cn.xxgk.request.entity.RequestForm;

/**
 * What the intake receives: the form, the identity number as typed (checked, then encrypted; it
 * goes no further in plain), and the client's idempotency token (optional; a repeated token returns
 * the request it made instead of a second one).
 */
public record IntakeInput(RequestForm form, String idNumber, String intakeToken) {

    @Override
    public String toString() {
        return "IntakeInput[" + (form == null ? null : form.channel()) + ", idNumber=***]"; // never log the number
    }
}
