package cn.xxgk.search.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;

/**
 * The pages of recent searches, reused while the index they were found in has not changed (what Solr's
 * queryResultCache does): the key holds the version of the index reader, which every refresh that brings a
 * change moves on, so a page is only ever served again from the very index that produced it; pages of
 * older versions are never asked for again and age out. The portal's traffic repeats a few queries and
 * their first pages, and the catalogue changes a few times a day. {@code xxgk.search.cache.entries} pages
 * at most (0: none kept).
 */
final class FoundPages {

    /** One search on one version of the index. */
    record Key(long version, Query query, SearchQueries.Order order, int from, int count) {
    }

    private final Cache<Key, SearchIndex.Found> pages;

    FoundPages(int entries) {
        pages = entries > 0 ? Caffeine.newBuilder().maximumSize(entries).build() : null;
    }

    /** The page kept under {@code key}, or the one {@code search} finds, then kept. */
    SearchIndex.Found get(Key key, Supplier<SearchIndex.Found> search) {
        if (pages == null) {
            return search.get();
        }
        SearchIndex.Found kept = pages.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        // found outside the cache's lock: a long search never holds up others; two alike may both search once
        SearchIndex.Found found = search.get();
        pages.put(key, found);
        return found;
    }
}
