package cn.xxgk.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Art. 35, "申请人申请公开政府信息的数量、频次明显超过合理范围，行政机关可以要求申请人说明理由": the day the
 * office asked the applicant for the reasons of the requests, and what it asked; once. Only then may a
 * reply set the requests aside as 无正当理由大量反复申请 ({@link ReplyGrounds}).
 */
@Embeddable
public class ReasonsAsked {

    @Column(name = "reasons_asked_on") private LocalDate askedOn;
    @Column(name = "reasons_asked_text") private String text;

    protected ReasonsAsked() {
    }

    void ask(LocalDate day, String what) {
        askedOn = day;
        text = what;
    }

    public boolean isAsked() {
        return askedOn != null;
    }

    public LocalDate getAskedOn() { return askedOn; }
    public String getText() { return text; }
}
