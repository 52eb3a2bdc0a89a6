package cn.xxgk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GramAnalyzerTest {

    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (GramAnalyzer analyzer = new GramAnalyzer(); TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void everyCharacterIsAUnigramAndWithItsSuccessorABigramAtTheSamePosition() throws IOException {
        assertEquals(List.of("公@1", "公开@0", "开@1", "开2@0", "2@1"), tokens("公开2"));
    }

    @Test
    void spacesAndPunctuationAreCharactersToo() throws IOException {
        assertEquals(List.of("〔@1", "〔2@0", "2@1", "2 @0", " @1"), tokens("〔2 "));
    }

    @Test
    @DisplayName("full-width letters and digits fold to half-width, letters to lower case (as utf8mb4_unicode_ci compares)")
    void fullWidthFoldsToHalfWidth() throws IOException {
        assertEquals(List.of("a@1", "a1@0", "1@1"), tokens("Ａ１"));
        assertEquals("2019年abc", Folding.fold("２０１９年ABC"));
    }

    @Test
    void supplementaryPlaneCharactersStayWhole() throws IOException {
        // 𠀀 (U+20000) and 𪚥 (U+2A6A5): one character each, two UTF-16 units
        assertEquals(List.of("𠀀@1", "𠀀𪚥@0", "𪚥@1"), tokens("𠀀𪚥"));
    }

    @Test
    void emptyTextGivesNoToken() throws IOException {
        assertEquals(List.of(), tokens(""));
    }
}
