package cn.xxgk.search.control;

import cn.xxgk.search.boundary.SearchPage;
import cn.xxgk.search.boundary.SearchQuery;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The result pages of recent searches, reused while this node's index has not changed (as Solr's
 * queryResultCache): the key holds the index's version, which every refresh that brings a change moves on
 * ({@link SearchIndex#version()}), and every change of a published entry reaches the index through the
 * change log, so a page is only served again while nothing it shows can have changed; pages of older
 * versions are never asked for again and age out. The version is read before the search, so a page is
 * never kept under a version newer than what it shows. The portal's readers repeat a few queries and their
 * first pages; the catalogue changes a few times a day. {@code xxgk.search.cache.entries} pages at most
 * (up to ≈ 30 KB each for 20 hits with their snippets: ≈ 30 MB of heap at the default 1,000; 0: none kept).
 */
@ApplicationScoped
public class KeptPages {

    /** One search on one version of the index. */
    record Key(long version, SearchQuery query) {
    }

    @Inject
    SearchIndex index;

    @Inject
    @ConfigProperty(name = "xxgk.search.cache.entries", defaultValue = "1000")
    int entries = 1_000;

    private Cache<Key, SearchPage> pages;

    @PostConstruct
    void open() {
        pages = entries > 0 ? Caffeine.newBuilder().maximumSize(entries).build() : null;
    }

    /** The page kept for {@code query} on the current index, or the one {@code search} makes, then kept. */
    public SearchPage get(SearchQuery query, Supplier<SearchPage> search) {
        if (pages == null) {
            return search.get();
        }
        Key key = new Key(index.version(), query);
        SearchPage kept = pages.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        // made outside the cache's lock: a long search never holds up others; two alike may both search once
        SearchPage made = search.get();
        pages.put(key, made);
        return made;
    }
}
