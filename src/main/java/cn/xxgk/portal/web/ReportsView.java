package cn.xxgk.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The annual reports page (公开年报, Art. 49–50). The reports are written and published by the
 * statistics component (the year-end work); until it offers a boundary to list the published ones,
 * this page says honestly that none is published.
 */
@Named("publicReports")
@RequestScoped
public class ReportsView {

    /** A published annual report: its year, title and where to download it. */
    public record Report(int year, String title, String url) {
    }

    public List<Report> getReports() {
        return List.of();
    }
}
