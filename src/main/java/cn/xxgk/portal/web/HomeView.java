package cn.xxgk.portal.web;

import cn.xxgk.catalogue.boundary.PublicListings;
import cn.xxgk.catalogue.boundary.PublicListings.ListedEntry;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The portal's home: the newest entries and the key content categories with their counts. */
@Named("publicHome")
@RequestScoped
public class HomeView {

    static final int NEWEST = 10;

    @Inject
    PublicListings listings;

    private List<ListedEntry> newest;
    private List<CategoryCount> categories;

    public List<ListedEntry> getNewest() {
        if (newest == null) {
            newest = listings.newest(NEWEST, null);
        }
        return newest;
    }

    public List<CategoryCount> getCategories() {
        if (categories == null) {
            Map<KeyContentCategory, Long> counts = listings.countsByKeyContent();
            categories = counts.entrySet().stream().map(e -> new CategoryCount(e.getKey().name(), e.getValue())).toList();
        }
        return categories;
    }

    /** A key content category (its name keys the label) and how many published entries it has. */
    public record CategoryCount(String name, long count) {
    }
}
