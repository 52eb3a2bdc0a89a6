package cn.xxgk.letter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The XHTML handed to the layout: user text escaped, unusable characters dropped. */
class LetterTemplatesTest {

    final LetterTemplates templates = new LetterTemplates();

    @Test
    void xmlSpecialsAreEscapedAndControlCharactersDropped() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;", LetterTemplates.escapeXml("<a href=\"x\">&'</a>"));
        assertEquals("ab\nc\nd\te", LetterTemplates.escapeXml("a\u0000b\r\nc\rd\te\u001b"));
        assertEquals("𠀀", LetterTemplates.escapeXml("𠀀"));
    }

    @Test
    void noMarkupFromTheUserReachesTheTemplate() {
        String xhtml = templates.xhtml(LetterKind.REPLY,
                SampleLetters.complete(ReplyWording.OTHER).details("<script>alert(1)</script>").applicantName("{{agencyName}}").build());
        assertFalse(xhtml.contains("<script>"), xhtml);
        assertTrue(xhtml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), xhtml);
        assertTrue(xhtml.contains("{{agencyName}}："), "a value is never read as a template");
    }

    @ParameterizedTest
    @EnumSource(ReplyWording.class)
    void everyOutcomeHasItsTemplate(ReplyWording outcome) {
        String xhtml = templates.xhtml(LetterKind.REPLY, SampleLetters.complete(outcome).build());
        assertTrue(xhtml.contains("政府信息公开申请答复书"), outcome.name());
        assertTrue(xhtml.contains("《中华人民共和国政府信息公开条例》") || outcome == ReplyWording.OTHER, outcome.name());
    }
}
