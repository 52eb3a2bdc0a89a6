package cn.xxgk.request.web;

import cn.xxgk.request.boundary.RequestRegistry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The office head's look at an applicant's full identity number, with the purpose the audit record
 * keeps. The number stays on this page only (it is gone after a reload); every look is a new
 * audited call.
 */
@Named
@ViewScoped
public class IdNumberView implements Serializable {

    @Inject
    RequestRegistry registry;

    @Inject
    RequestView page;

    private String purpose;
    private String fullNumber;

    public void reveal() {
        fullNumber = registry.fullIdNumber(page.getId(), purpose);
        purpose = null;
    }

    public void hide() {
        fullNumber = null;
    }

    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getFullNumber() { return fullNumber; }
}
