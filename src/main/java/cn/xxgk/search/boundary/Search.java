package cn.xxgk.search.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.catalogue.boundary.PublishedEntries;
import cn.xxgk.catalogue.boundary.PublishedText;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.SubjectCategory;
import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.search.control.IndexRebuild;
import cn.xxgk.search.control.KeptPages;
import cn.xxgk.search.control.SearchIndex;
import cn.xxgk.search.control.SearchQueries;
import cn.xxgk.search.control.Snippets;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The search engine's one boundary: search the published catalogue (anyone), and the office head's
 * commands to index or drop one entry now and to rebuild the whole index (each audited). The index
 * follows the catalogue by itself through the change log ({@code ChangeTail}); the commands are for repair.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Search {

    /** The longest query: longer is refused (400), not cut, so that nobody believes a long text was searched. */
    public static final int MAX_QUERY = 100;
    static final String INDEX = "SearchIndex";

    @Inject
    SearchIndex index;

    @Inject
    IndexRebuild rebuild;

    @Inject
    KeptPages kept;

    @Inject
    PublishedEntries published;

    @Resource
    SessionContext session;

    /** One page of published entries containing the query in title, body or document number, as LIKE would find them. */
    public SearchPage search(SearchQuery query) {
        SearchQuery q = checked(query);
        return kept.get(q, () -> find(q));
    }

    /**
     * The version of the catalogue this node's searches see: it moves on with every refresh of the index that
     * brings a change of a published entry, so anything made from search results stays right while it holds.
     */
    public long version() {
        return index.version();
    }

    private SearchPage find(SearchQuery q) {
        int from = (q.page() - 1) * q.size();
        SearchIndex.Found found = index.search(SearchQueries.of(q), SearchQueries.order(q), from, q.size());
        Map<Long, PublishedText> texts = published.texts(found.ids()).stream()
                .collect(Collectors.toMap(PublishedText::id, Function.identity()));
        String text = q.text() == null ? "" : q.text().strip();
        List<SearchHit> hits = found.ids().stream().map(texts::get).filter(t -> t != null)
                .map(t -> hit(t, text)).toList();
        int pages = (int) Math.min(Integer.MAX_VALUE, (found.total() + q.size() - 1) / q.size());
        return new SearchPage(text, q.page(), q.size(), found.total(), hits, q.sort(), pages);
    }

    /** Indexes (or drops, when it is not published) one entry now. */
    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "SEARCH_INDEX_ENTRY", objectType = INDEX)
    public void index(long govInfoId) {
        index.underWriteLock(() -> {
            index.put(List.of(govInfoId), published.texts(List.of(govInfoId)));
            index.refresh();
            return null;
        });
    }

    /** Drops one entry from this node's index (the next change of the entry brings it back if published). */
    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "SEARCH_DELETE_ENTRY", objectType = INDEX)
    public void delete(long govInfoId) {
        index.underWriteLock(() -> {
            index.put(List.of(govInfoId), List.of());
            index.refresh();
            return null;
        });
    }

    /** Starts rebuilding this node's index from the catalogue in the background; searches go on meanwhile. */
    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "SEARCH_REBUILD", objectType = INDEX)
    public RebuildProgress rebuild() {
        return rebuild.start();
    }

    @RolesAllowed(OFFICE_HEAD)
    public RebuildProgress rebuildProgress() {
        return rebuild.progress();
    }

    /** Whether the caller may run the index commands (the screen shows them to the office head only). */
    public boolean mayManage() {
        return session.isCallerInRole(OFFICE_HEAD);
    }

    /** How many entries this node's index holds. */
    public long indexedEntries() {
        return index.size();
    }

    private static SearchHit hit(PublishedText t, String query) {
        var snippet = Snippets.around(t.body(), query, Snippets.LENGTH);
        var title = Snippets.around(t.title(), query, Integer.MAX_VALUE);
        return new SearchHit(t.indexNumber(), t.issuingAgency(), t.subjectCategory(), t.subjectCategoryCode(),
                t.keyContentCategory(), t.writtenDate(), t.publishedDate(), t.documentType(), t.documentNumber(),
                t.title(), t.infoVersion(), Snippets.plain(snippet), title, snippet);
    }

    private static SearchQuery checked(SearchQuery query) {
        if (query == null) {
            return SearchQuery.of("");
        }
        InputRules.text(query.text(), "q", MAX_QUERY, false);
        InputRules.page(query.page(), query.size());
        oneOf(query.keyContentCategory(), "keyContentCategory", KeyContentCategory.values());
        oneOf(query.subjectCategory(), "subjectCategory", SubjectCategory.values());
        InputRules.text(query.documentType(), "documentType", 20, false);
        if (query.year() != null && (query.year() < InputRules.EARLIEST.getYear() || query.year() > 9999)) {
            throw new InvalidInputException("search.badYear", String.valueOf(query.year()));
        }
        return query;
    }

    private static void oneOf(String value, String field, Enum<?>[] values) {
        if (value != null && !value.isBlank() && Arrays.stream(values).noneMatch(v -> v.name().equals(value.strip()))) {
            throw new InvalidInputException("search.unknownValue", field);
        }
    }
}
