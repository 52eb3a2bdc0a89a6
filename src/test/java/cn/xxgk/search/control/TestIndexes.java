package cn.xxgk.search.control;

import java.nio.file.Path;

/** Opens and closes a {@link SearchIndex} on a folder, as the container would, for tests outside this package. */
public final class TestIndexes {

    private TestIndexes() {
    }

    public static SearchIndex open(Path dir) {
        SearchIndex index = new SearchIndex();
        index.indexDir = dir.toString();
        index.open();
        return index;
    }

    /** Closes as a stopping server does: what was not committed is lost. */
    public static void close(SearchIndex index) {
        index.close();
    }
}
