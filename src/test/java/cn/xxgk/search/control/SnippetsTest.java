package cn.xxgk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.search.boundary.SnippetPart;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void theMatchIsMarkedInTheOriginalText() {
        List<SnippetPart> parts = Snippets.around("依据ＡＢＣ条例第二十三条", "abc", 100);
        assertEquals(List.of(new SnippetPart("依据", false), new SnippetPart("ＡＢＣ", true),
                new SnippetPart("条例第二十三条", false)), parts);
    }

    @Test
    void aLongBodyIsCutAroundTheFirstMatch() {
        String body = "甲".repeat(500) + "政务公开" + "乙".repeat(500);
        List<SnippetPart> parts = Snippets.around(body, "政务公开", Snippets.LENGTH);
        String plain = Snippets.plain(parts);
        assertTrue(plain.length() <= Snippets.LENGTH + 2, plain);
        assertTrue(plain.startsWith("…") && plain.endsWith("…"), plain);
        assertEquals(1, parts.stream().filter(SnippetPart::hit).count());
    }

    @Test
    void withoutAMatchInTheBodyItsBeginningIsShown() {
        List<SnippetPart> parts = Snippets.around("正文" + "丙".repeat(300), "标题词", 10);
        assertEquals("正文" + "丙".repeat(8) + "…", Snippets.plain(parts));
    }

    @Test
    void supplementaryCharactersAreNeverCutInHalf() {
        String body = "𠀀".repeat(100);
        String plain = Snippets.plain(Snippets.around(body, "", 11));
        assertEquals(plain.codePoints().filter(c -> c == 0x20000).count() * 2 + 1, plain.length());
    }
}
