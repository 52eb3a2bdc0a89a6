package cn.xxgk.portal.web;

import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.web.Messages;
import cn.xxgk.portal.boundary.DueDates;
import cn.xxgk.portal.control.CitizenDeadline;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import java.util.List;

/** The due-date calculator at /public/calculator?period=REPLY&amp;start=2026-01-05: a GET form, no script needed. */
@Named("publicCalculator")
@RequestScoped
public class CalculatorView {

    @Inject
    DueDates dueDates;

    @Inject
    Messages messages;

    private String period;
    private String start;
    private DueDates.Result result;
    private String error;

    public void load() {
        if (start == null && period == null) {
            return; // the empty form
        }
        try {
            result = dueDates.due(period, start);
        } catch (InvalidInputException refused) {
            error = messages.text(refused.messageKey(), refused.arguments());
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
        }
    }

    public List<CitizenDeadline> getPeriods() {
        return List.of(CitizenDeadline.values());
    }

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public DueDates.Result getResult() { return result; }
    public String getError() { return error; }
}
