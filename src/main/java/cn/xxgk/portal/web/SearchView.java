package cn.xxgk.portal.web;

import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.web.Messages;
import cn.xxgk.portal.control.SearchAddress;
import cn.xxgk.search.boundary.Search;
import cn.xxgk.search.boundary.SearchPage;
import cn.xxgk.search.boundary.SearchQuery;
import cn.xxgk.search.boundary.SearchSort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;

/**
 * The public search at {@code /public/search?q=…&category=…&subject=…&type=…&year=…&sort=…&page=…}: all
 * parameters read as text and checked by the search boundary, so that any input gets a page: the
 * hits, or the reason at the form with status 400 (nothing else happens).
 */
@Named("publicSearch")
@RequestScoped
public class SearchView {

    @Inject
    Search search;

    @Inject
    Messages messages;

    private String q;
    private String category;
    private String subject;
    private String type;
    private String year;
    private String sort;
    private String page;
    private SearchPage result;
    private String error;

    public void load() {
        try {
            Integer pageNumber = number(page, "portal.search.badPage");
            if (pageNumber != null && pageNumber < 1) {
                throw new InvalidInputException("portal.search.badPage", page);
            }
            result = search.search(new SearchQuery(q, blankToNull(category), blankToNull(subject), blankToNull(type),
                    number(year, "portal.search.badYear"), "date".equals(sort) ? SearchSort.DATE : SearchSort.RELEVANCE,
                    pageNumber == null ? 1 : pageNumber, SearchQuery.DEFAULT_SIZE));
        } catch (InvalidInputException refused) {
            error = messages.text(refused.messageKey(), refused.arguments());
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
        }
    }

    private static Integer number(String text, String refusal) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(refusal, text.length() > 20 ? text.substring(0, 20) + "…" : text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private SearchAddress address() {
        return new SearchAddress(q, category, subject, type, year, sort);
    }

    public String pageLink(int number) {
        return address().page(number);
    }

    public String sortLink(String by) {
        return address().sorted(by);
    }

    public boolean isByDate() {
        return "date".equals(sort);
    }

    public SearchPage getResult() { return result; }
    public String getError() { return error; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
