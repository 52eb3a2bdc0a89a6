package cn.xxgk.search.control;

import cn.xxgk.catalogue.boundary.PublishedText;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * How a published entry lies in the index: its id (key, range and value); the searchable text once as
 * {@link #ANY} (title, document number and body as three values of one field, never matched across: what
 * decides whether an entry is a hit, counted from one posting list) and title and document number again on
 * their own (what ranks a hit; positions, no norms: relevance is which field matched, not how often); the
 * filters as exact terms, the year as a point and the publication day as a sort value. Each segment
 * keeps its documents newest first ({@link #ORDER}), so that a search stops early ({@link RankedTop}).
 * {@link #LAYOUT} names this layout: an index written in another is rebuilt from the change log.
 */
public final class IndexedEntry {

    public static final String KEY = "key";
    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String ANY = "any";
    public static final String NUMBER = "docno";
    public static final String KEY_CONTENT = "kc";
    public static final String SUBJECT = "sc";
    public static final String DOCUMENT_TYPE = "dt";
    public static final String YEAR = "year";
    public static final String DAY = "day";
    /**
     * Changed whenever the fields or their order change: 2 = one field {@link #ANY} for matching (was: title,
     * body, number); 3 = segments sorted by {@link #ORDER}.
     */
    public static final String LAYOUT = "3";
    /** The order of documents in each segment: publication day, newest first, then id, highest first. */
    static final Sort ORDER = new Sort(new SortField(DAY, SortField.Type.LONG, true),
            new SortField(ID, SortField.Type.LONG, true));

    private static final FieldType GRAMS = new FieldType();

    static {
        GRAMS.setTokenized(true);
        GRAMS.setOmitNorms(true);
        GRAMS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        GRAMS.freeze();
    }

    private IndexedEntry() {
    }

    public static Term key(long id) {
        return new Term(KEY, Long.toString(id));
    }

    public static Document of(PublishedText entry) {
        Document doc = new Document();
        doc.add(new StringField(KEY, Long.toString(entry.id()), Field.Store.NO));
        doc.add(new LongPoint(ID, entry.id()));
        doc.add(new StoredField(ID, entry.id()));
        doc.add(new NumericDocValuesField(ID, entry.id()));
        doc.add(new Field(TITLE, nonNull(entry.title()), GRAMS));
        doc.add(new Field(NUMBER, nonNull(entry.documentNumber()), GRAMS));
        doc.add(new Field(ANY, nonNull(entry.title()), GRAMS));
        doc.add(new Field(ANY, nonNull(entry.documentNumber()), GRAMS));
        doc.add(new Field(ANY, nonNull(entry.body()), GRAMS));
        if (entry.keyContentCategory() != null) {
            doc.add(new StringField(KEY_CONTENT, entry.keyContentCategory(), Field.Store.NO));
        }
        doc.add(new StringField(SUBJECT, entry.subjectCategoryCode(), Field.Store.NO));
        if (entry.documentType() != null && !entry.documentType().isBlank()) {
            doc.add(new StringField(DOCUMENT_TYPE, entry.documentType().strip(), Field.Store.NO));
        }
        long day = entry.publishedDate() == null ? 0 : entry.publishedDate().toEpochDay();
        doc.add(new NumericDocValuesField(DAY, day));
        if (entry.publishedDate() != null) {
            doc.add(new IntPoint(YEAR, entry.publishedDate().getYear()));
        }
        return doc;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
