package cn.xxgk.identity.web;

import cn.xxgk.identity.boundary.OwnPassword;
import cn.xxgk.identity.control.PasswordPolicy;
import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Objects;

/** 修改密码: a user replaces their own password (and must, after the office head set it). */
@Named("passwordChange")
@RequestScoped
public class PasswordChangeView {

    static final String FORM = "password";

    /** The field of the form each refusal concerns. */
    static final Map<String, String> FIELD_OF_FLAW = Map.of(
            OwnPassword.CURRENT_WRONG, "current",
            OwnPassword.SAME_AS_CURRENT, "next");

    @Inject
    OwnPassword ownPassword;

    @Inject
    PasswordChangeDue due;

    @Inject
    FieldFlaws flaws;

    @Inject
    Messages messages;

    private String current;
    private String next;
    private String repeat;

    public void change() {
        if (!Objects.equals(next, repeat)) {
            flaws.show(FORM, "repeat", "password.repeatDiffers");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Boolean changed = flaws.attempt(FORM, PasswordChangeView::fieldOf, () -> {
            ownPassword.change(current, next);
            return Boolean.TRUE;
        });
        if (changed != null) {
            messages.info(null, "password.changed");
        }
        current = null;
        next = null;
        repeat = null;
    }

    static String fieldOf(String messageKey) {
        return PasswordPolicy.REFUSALS.contains(messageKey) ? "next" : FIELD_OF_FLAW.get(messageKey);
    }

    /** True while the user must change an initial password before going anywhere else. */
    public boolean isDue() {
        return due.isDue();
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
}
