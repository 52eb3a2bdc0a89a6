package cn.xxgk.letter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.xxgk.platform.control.MissingSettingException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which font the letters embed: the one inside the application unless xxgk.letters.font names
 * another, and a clear refusal (503, nothing done) when there is none they can embed.
 */
class LetterFontTest {

    /** A collection some servers have (Debian fonts-arphic-uming), for the tests of xxgk.letters.font naming a .ttc. */
    static final String UMING = "/usr/share/fonts/truetype/arphic/uming.ttc";

    @Test
    void theFontComesWithTheApplication() {
        LetterFont font = LetterFont.locate(List.of(LetterFont.DEFAULT_CANDIDATES));

        assertTrue(font.file().endsWith(Path.of("letters", "fonts", "NotoSerifSC_400Regular.ttf")), font.toString());
        assertFalse(font.file().startsWith("/usr/share/fonts"), font.toString());
        // the licence travels with it (SIL OFL 1.1 asks for that)
        assertTrue(Files.isReadable(font.file().resolveSibling("NotoSerifSC-LICENSE.txt")));
        assertTrue(Files.isReadable(font.file().resolveSibling("HanaMin-LICENSE.txt")));
    }

    @Test
    void aFontInsideTheApplicationThatIsNotThereIsNotFound() {
        MissingSettingException missing = assertThrows(MissingSettingException.class,
                () -> LetterFont.locate(List.of(LetterFont.CLASSPATH + "letters/fonts/Nope.ttf")));
        assertTrue(missing.arguments()[0].toString().contains("letters/fonts/Nope.ttf: not found"), missing.getMessage());
    }

    @Test
    void theSimplifiedChineseMemberOfTheCollectionIsTaken() {
        assumeTrue(Files.isReadable(Path.of(UMING)), "no .ttc collection on this machine (fonts-arphic-uming)");
        LetterFont font = LetterFont.locate(List.of("/nowhere/missing.ttf", UMING));
        assertEquals(UMING + "#UMingCN", font.toString());
    }

    @Test
    void aMemberCanBeNamed() {
        assumeTrue(Files.isReadable(Path.of(UMING)), "no .ttc collection on this machine (fonts-arphic-uming)");
        assertEquals(UMING + "#UMingTW", LetterFont.locate(List.of(UMING + "#UMingTW")).toString());
        MissingSettingException unknown = assertThrows(MissingSettingException.class, () -> LetterFont.locate(List.of(UMING + "#Nope")));
        assertTrue(unknown.getMessage().contains("no member Nope"), unknown.getMessage());
    }

    @Test
    void noFontIsARefusalInChineseNamingThePathsAndTheSetting() {
        LetterRenderer renderer = new LetterRenderer(List.of("/nowhere/a.ttf", "/nowhere/b.ttc"));

        MissingSettingException missing = assertThrows(MissingSettingException.class,
                () -> renderer.render(LetterKind.RECEIPT, SampleLetters.complete(null).build()));

        assertEquals("letter.unavailable.font", missing.messageKey());
        String text = MessageFormat.format(ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE)
                .getString(missing.messageKey()), missing.arguments());
        assertTrue(text.startsWith("告知书暂时无法生成"), text);
        assertTrue(text.contains("/nowhere/a.ttf: not found"), text);
        assertTrue(text.contains("/nowhere/b.ttc: not found"), text);
        assertTrue(text.contains("xxgk.letters.font"), text);
        assertTrue(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).containsKey(missing.messageKey()));
    }

    @Test
    void aFontThatCannotBeReadWhenALetterIsLaidOutIsARefusalToo(@TempDir Path dir) throws Exception {
        // found and looked at, then gone (a volume unmounted, a file replaced) before a letter needs it
        Path copy = dir.resolve("copy.ttf");
        Files.copy(LetterFont.locate(List.of(LetterFont.DEFAULT_CANDIDATES)).file(), copy);
        LetterRenderer renderer = new LetterRenderer(List.of(copy.toString()));
        assertEquals(copy.toString(), renderer.font().toString());
        Files.delete(copy);

        MissingSettingException refused = assertThrows(MissingSettingException.class,
                () -> renderer.render(LetterKind.RECEIPT, SampleLetters.complete(null).build()));
        assertEquals("letter.unavailable.render", refused.messageKey());
        assertTrue(refused.arguments()[0].toString().contains("copy.ttf"), refused.getMessage());
    }

    @Test
    void anOpenTypeFontWithCffOutlinesIsPassedOver(@TempDir Path dir) throws Exception {
        Path otf = dir.resolve("cff.otf");
        Files.write(otf, "OTTO\u0000\u000b\u0000\u0080".getBytes(StandardCharsets.ISO_8859_1));

        MissingSettingException refused = assertThrows(MissingSettingException.class, () -> LetterFont.locate(List.of(otf.toString())));
        assertTrue(refused.getMessage().contains("CFF"), refused.getMessage());

        assertTrue(LetterFont.locate(List.of(otf.toString(), LetterFont.DEFAULT_CANDIDATES)).toString()
                .endsWith("NotoSerifSC_400Regular.ttf"));
    }

    @Test
    void notoCjkIsPassedOverBecauseItsOutlinesAreCff() {
        String noto = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
        assumeTrue(Files.isReadable(Path.of(noto)), "fonts-noto-cjk not installed");

        MissingSettingException refused = assertThrows(MissingSettingException.class, () -> LetterFont.locate(List.of(noto)));
        assertTrue(refused.getMessage().contains("CFF"), refused.getMessage());
    }

    @Test
    void garbageIsNotAFont(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.ttf");
        Files.writeString(junk, "not a font at all");
        assertThrows(MissingSettingException.class, () -> LetterFont.locate(List.of(junk.toString())));
    }

    @Test
    void aParsedFontServesTheNextLetterButIsLetGoAfterAMinuteIdle() throws Exception {
        AtomicLong nanos = new AtomicLong();
        LetterFont font = new LetterFont(LetterFont.locate(List.of(LetterFont.DEFAULT_CANDIDATES)).file(), null, nanos::get);

        LetterFont.Lease first = font.lease();
        TrueTypeFont parsed = first.font();
        first.close();
        nanos.addAndGet(LetterFont.IDLE_FOR.minusSeconds(1).toNanos());
        LetterFont.Lease second = font.lease();
        assertSame(parsed, second.font(), "a letter within the minute reuses the parsed font");
        LetterFont.Lease third = font.lease();
        assertNotSame(parsed, third.font(), "one parsed font is never lent to two letters at once");
        second.close();
        third.close();

        nanos.addAndGet(LetterFont.IDLE_FOR.plusSeconds(1).toNanos());
        LetterFont.Lease later = font.lease();
        assertNotSame(parsed, later.font(), "after a minute idle the parsed fonts were let go");
        assertNotSame(third.font(), later.font());
        assertTrue(later.font().getNumberOfGlyphs() > 30_000, "the font parsed again is whole");
        later.close();
    }
}
