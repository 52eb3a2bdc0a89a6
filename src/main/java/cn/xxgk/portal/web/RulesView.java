package cn.xxgk.portal.web;

import cn.xxgk.catalogue.boundary.CatalogueEntry;
import cn.xxgk.portal.control.SafeHtml;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The rules page (公开制度): the bureau's own rules, a published entry of the catalogue named by its index number. */
@Named("publicRules")
@RequestScoped
public class RulesView {

    @Inject
    EntryView entries;

    @Inject
    @ConfigProperty(name = "xxgk.portal.rules-index-number", defaultValue = "MB1532375/2019-00045")
    String rulesIndexNumber;

    private CatalogueEntry entry;
    private boolean loaded;

    public CatalogueEntry getEntry() {
        if (!loaded) {
            entry = entries.find(rulesIndexNumber);
            loaded = true;
        }
        return entry;
    }

    public String getBody() {
        return getEntry() == null ? "" : SafeHtml.clean(getEntry().bodyHtml());
    }
}
