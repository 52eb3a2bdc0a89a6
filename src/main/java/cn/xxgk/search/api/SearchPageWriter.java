package cn.xxgk.search.api;

import cn.xxgk.search.boundary.SearchPage;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes a page of search results as JSON (JSON-B's default mapping, as for every other answer of the API)
 * and keeps the bytes with the page: a page the search boundary sends again from its kept pages
 * ({@code KeptPages}, the same instance while the index has not changed) is not mapped again. Mapping a page of
 * 20 hits with their snippets was ≈ 15 % of the CPU of the search API under 32 clients (async-profiler). The
 * bytes are held by the page's identity, weakly: they go when the kept page goes, and a page made anew (after a
 * change of the index) is mapped anew.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SearchPageWriter implements MessageBodyWriter<SearchPage> {

    /** At most this many pages' bytes (the kept pages are fewer; this only bounds pages made without keeping). */
    static final int MAX_PAGES = 2_000;

    private final Jsonb jsonb = JsonbBuilder.create();
    private final Cache<SearchPage, byte[]> written = Caffeine.newBuilder().weakKeys().maximumSize(MAX_PAGES).build();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return SearchPage.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(SearchPage page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
        out.write(bytes(page));
    }

    /** The page as JSON in UTF-8, mapped once per page instance. */
    byte[] bytes(SearchPage page) {
        return written.get(page, p -> jsonb.toJson(p).getBytes(StandardCharsets.UTF_8));
    }
}
