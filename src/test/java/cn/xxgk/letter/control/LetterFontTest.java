package cn.xxgk.letter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which system font the letters embed, and a clear error when there is none they can embed. */
class LetterFontTest {

    static final String UMING = "/usr/share/fonts/truetype/arphic/uming.ttc";

    @Test
    void theSimplifiedChineseMemberOfTheCollectionIsTaken() {
        LetterFont font = LetterFont.locate(List.of("/nowhere/missing.ttf", UMING));
        assertEquals(UMING + "#UMingCN", font.toString());
    }

    @Test
    void aMemberCanBeNamed() {
        assertEquals(UMING + "#UMingTW", LetterFont.locate(List.of(UMING + "#UMingTW")).toString());
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> LetterFont.locate(List.of(UMING + "#Nope")));
        assertTrue(unknown.getMessage().contains("no member Nope"), unknown.getMessage());
    }

    @Test
    void noFontIsAClearErrorNamingThePathsAndThePackage() {
        LetterRenderer renderer = new LetterRenderer(List.of("/nowhere/a.ttf", "/nowhere/b.ttc"));

        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> renderer.render(LetterKind.RECEIPT, SampleLetters.complete(null).build()));

        assertTrue(missing.getMessage().contains("/nowhere/a.ttf: not found"), missing.getMessage());
        assertTrue(missing.getMessage().contains("/nowhere/b.ttc: not found"), missing.getMessage());
        assertTrue(missing.getMessage().contains("apt-get install fonts-arphic-uming"), missing.getMessage());
        assertTrue(missing.getMessage().contains("xxgk.letters.font"), missing.getMessage());
    }

    @Test
    void anOpenTypeFontWithCffOutlinesIsPassedOver(@TempDir Path dir) throws Exception {
        Path otf = dir.resolve("cff.otf");
        Files.write(otf, "OTTO\u0000\u000b\u0000\u0080".getBytes(StandardCharsets.ISO_8859_1));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> LetterFont.locate(List.of(otf.toString())));
        assertTrue(refused.getMessage().contains("CFF"), refused.getMessage());

        assertEquals(UMING + "#UMingCN", LetterFont.locate(List.of(otf.toString(), UMING)).toString());
    }

    @Test
    void notoCjkIsPassedOverBecauseItsOutlinesAreCff() {
        String noto = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
        assumeTrue(Files.isReadable(Path.of(noto)), "fonts-noto-cjk not installed");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> LetterFont.locate(List.of(noto)));
        assertTrue(refused.getMessage().contains("CFF"), refused.getMessage());
    }

    @Test
    void garbageIsNotAFont(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.ttf");
        Files.writeString(junk, "not a font at all");
        assertThrows(IllegalStateException.class, () -> LetterFont.locate(List.of(junk.toString())));
    }
}
