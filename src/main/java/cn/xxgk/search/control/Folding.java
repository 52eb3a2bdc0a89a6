package cn.xxgk.search.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text the way the database's {@code utf8mb4_unicode_ci} collation compares it for LIKE, as far as
 * a catalogue needs: compatibility forms to their plain form (NFKC: full-width 「２０１９」 and 「ＡＢ」 to
 * 「2019」 and 「AB」, 「〔」 stays), letters to lower case, accents dropped. Each code point of the input
 * folds on its own, so that every folded character knows the input offset it came from (for snippets).
 */
public final class Folding {

    private Folding() {
    }

    /** The folded text and, for each of its chars, the offset in the input of the code point it came from. */
    public record Folded(String text, int[] origin) {
    }

    public static String fold(String text) {
        return foldWithOrigins(text).text();
    }

    public static Folded foldWithOrigins(String text) {
        if (text == null || text.isEmpty()) {
            return new Folded("", new int[0]);
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 8];
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String folded = foldCodePoint(cp);
            if (out.length() + folded.length() > origin.length) {
                origin = java.util.Arrays.copyOf(origin, Math.max(origin.length * 2, out.length() + folded.length()));
            }
            for (int k = 0; k < folded.length(); k++) {
                origin[out.length() + k] = i;
            }
            out.append(folded);
            i += Character.charCount(cp);
        }
        return new Folded(out.toString(), java.util.Arrays.copyOf(origin, out.length()));
    }

    private static String foldCodePoint(int cp) {
        if (cp < 0x80) { // ASCII: the common case, no normaliser needed
            return cp >= 'A' && cp <= 'Z' ? String.valueOf((char) (cp + 32)) : String.valueOf((char) cp);
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) { // CJK unified ideographs fold to themselves
            return Character.toString(cp);
        }
        String s = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(d.length());
        d.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(kept::appendCodePoint);
        return kept.isEmpty() ? s : Normalizer.normalize(kept, Normalizer.Form.NFC);
    }
}
