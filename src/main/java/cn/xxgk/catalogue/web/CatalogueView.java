package cn.xxgk.catalogue.web;

import cn.xxgk.platform.control.MediaTypes;
import cn.xxgk.catalogue.boundary.Catalogue;
import cn.xxgk.catalogue.boundary.FilingExport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 政府信息公开目录: the published entries with the header fields, searched by words in the title
 * or body, a page at a time; the office downloads a year's filing export here.
 */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    static final String XLSX = MediaTypes.XLSX;

    @Inject
    Catalogue catalogue;

    @Inject
    FilingExport filing;

    @Inject
    transient Clock clock;

    private String query;
    private int page = 1;
    private int year;
    private Catalogue.Page result;

    public void load() {
        if (year == 0) {
            year = LocalDate.now(clock).getYear();
        }
        result = catalogue.search(query, page);
    }

    public void search() {
        page = 1;
        load();
    }

    public void next() {
        page++;
        load();
    }

    public void previous() {
        page = Math.max(1, page - 1);
        load();
    }

    public boolean isLastPage() {
        return (long) page * result.size() >= result.total();
    }

    public StreamedContent getXlsx() {
        byte[] bytes = filing.year(year).xlsx();
        return file(bytes, XLSX, "xlsx");
    }

    public StreamedContent getCsv() {
        byte[] bytes = filing.year(year).csv();
        return file(bytes, "text/csv; charset=UTF-8", "csv");
    }

    private StreamedContent file(byte[] bytes, String type, String extension) {
        return DefaultStreamedContent.builder().name("政府信息公开目录备案-" + year + "." + extension).contentType(type)
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public int getPage() { return page; }
    public Catalogue.Page getResult() { return result; }
}
