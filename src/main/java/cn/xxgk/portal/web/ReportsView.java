package cn.xxgk.portal.web;

import cn.xxgk.statistics.boundary.PublishedReport;
import cn.xxgk.statistics.boundary.PublishedReports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The annual reports page (公开年报, Art. 49–50): the reports the statistics component has
 * published, newest year first, each as PDF, XLSX and JSON; an honest empty state until one is.
 */
@Named("publicReports")
@RequestScoped
public class ReportsView {

    @Inject
    PublishedReports published;

    private List<PublishedReport> reports;

    public List<PublishedReport> getReports() {
        if (reports == null) {
            reports = published.list();
        }
        return reports;
    }
}
