package cn.xxgk.portal.web;

import cn.xxgk.catalogue.boundary.Catalogue;
import cn.xxgk.catalogue.boundary.CatalogueEntry;
import cn.xxgk.catalogue.entity.IndexNumber;
import cn.xxgk.portal.control.SafeHtml;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One published entry at {@code /public/entry/{organisationCode}/{year-serial}}: the header block,
 * the body, the attachments. An unknown or unpublished index number is a 404 with the portal's page.
 */
@Named("publicEntry")
@RequestScoped
public class EntryView {

    @Inject
    Catalogue catalogue;

    private String org;
    private String serial;
    private CatalogueEntry entry;

    /**
     * Loads the entry; an unknown one is answered here with status 404 and the portal's own
     * "not found" text (not the container's error page, which would need a server session).
     */
    public void load() {
        entry = IndexNumber.parse(org == null ? "" : org, serial == null ? "" : serial)
                .flatMap(catalogue::entry).orElse(null);
        if (entry == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** For a page that shows a fixed entry (the rules page): null when it is not published (yet). */
    CatalogueEntry find(String indexNumber) {
        return IndexNumber.parse(indexNumber).flatMap(catalogue::entry).orElse(null);
    }

    public CatalogueEntry getEntry() {
        return entry;
    }

    public String getBody() {
        return entry == null ? "" : SafeHtml.clean(entry.bodyHtml());
    }

    public String getOrg() {
        return org;
    }

    public void setOrg(String org) {
        this.org = org;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }
}
