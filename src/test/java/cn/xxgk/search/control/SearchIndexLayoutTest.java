package cn.xxgk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written by an older layout of the fields is emptied at start, so that the change log replays into the new one. */
class SearchIndexLayoutTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("an index of another layout starts again empty, from the start of the change log")
    void anOlderLayoutIsEmptied() throws Exception {
        try (FSDirectory old = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(old, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new TextField("body", "政府信息公开", Field.Store.NO));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of(ChangeGaps.HIGH, "42").entrySet());
            writer.commit();
        }
        SearchIndex index = TestIndexes.open(dir);
        try {
            assertEquals(0, index.size(), "no document of the old layout is kept");
            assertEquals(0, ChangeGaps.from(index.committedData(), java.time.Instant.now()).high(),
                    "the position is the start of the log");
            index.commit(Map.of(ChangeGaps.HIGH, "7"));
        } finally {
            TestIndexes.close(index);
        }
        SearchIndex again = TestIndexes.open(dir);
        try {
            assertEquals(7, ChangeGaps.from(again.committedData(), java.time.Instant.now()).high(),
                    "an index of this layout is kept as it is");
        } finally {
            TestIndexes.close(again);
        }
    }
}
