package cn.xxgk.portal.web;

import cn.xxgk.catalogue.boundary.Catalogue;
import cn.xxgk.catalogue.boundary.CatalogueEntry;
import cn.xxgk.catalogue.entity.IndexNumber;
import cn.xxgk.platform.control.NotFoundException;
import cn.xxgk.portal.control.SafeHtml;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One published entry at {@code /public/entry/{organisationCode}/{year-serial}}: the header block,
 * the body, the attachments. An unknown or unpublished index number is the 404 page.
 */
@Named("publicEntry")
@RequestScoped
public class EntryView {

    @Inject
    Catalogue catalogue;

    private String org;
    private String serial;
    private CatalogueEntry entry;

    public void load() {
        entry = IndexNumber.parse(org == null ? "" : org, serial == null ? "" : serial)
                .flatMap(catalogue::entry)
                .orElseThrow(() -> new NotFoundException("catalogue.api.entryNotFound", org + "/" + serial));
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
