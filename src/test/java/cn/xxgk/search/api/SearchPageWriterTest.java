package cn.xxgk.search.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.search.boundary.SearchHit;
import cn.xxgk.search.boundary.SearchPage;
import cn.xxgk.search.boundary.SearchSort;
import cn.xxgk.search.boundary.SnippetPart;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchPageWriterTest {

    private static SearchPage page() {
        SearchHit hit = new SearchHit("MB1532375/2019-00045", "郑州市大数据管理局", "综合政务", "GENERAL_AFFAIRS", "DECISIONS",
                LocalDate.of(2019, 5, 14), LocalDate.of(2019, 5, 20), "通告", "郑大数据〔2019〕23号", "政府信息公开制度", 1,
                "…制定本制度…", List.of(new SnippetPart("政府信息公开", false), new SnippetPart("制度", true)),
                List.of(new SnippetPart("…制定本", false), new SnippetPart("制度", true), new SnippetPart("…", false)));
        return new SearchPage("制度", 1, 20, 1, List.of(hit), SearchSort.RELEVANCE, 1);
    }

    @Test
    void writesThePageAsJsonBWouldAndMapsAKeptPageOnce() throws Exception {
        SearchPageWriter writer = new SearchPageWriter();
        SearchPage kept = page();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(kept, SearchPage.class, SearchPage.class, null, MediaType.APPLICATION_JSON_TYPE, null, out);

        assertArrayEquals(JsonbBuilder.create().toJson(kept).getBytes(StandardCharsets.UTF_8), out.toByteArray(),
                "the same JSON as every other answer of the API");
        JsonObject json = Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
        assertEquals("2019-05-20", json.getJsonArray("entries").getJsonObject(0).getString("publishedDate"));
        assertTrue(json.getJsonArray("entries").getJsonObject(0).getJsonArray("snippetParts").getJsonObject(1).getBoolean("hit"));
        assertTrue(writer.bytes(kept) == writer.bytes(kept), "the kept page is sent again without being mapped again");
        assertTrue(writer.bytes(kept) != writer.bytes(page()), "a page made anew is mapped anew");
        assertTrue(writer.isWriteable(SearchPage.class, SearchPage.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE));
    }
}
