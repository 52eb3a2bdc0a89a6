package cn.xxgk.search.control;

import cn.xxgk.search.boundary.SnippetPart;
import java.util.ArrayList;
import java.util.List;

/**
 * A short piece of a text around the first place it contains the query (as the index sees it: folded),
 * the matches marked. Where the text does not contain the query (the hit was in the title or the document
 * number), its beginning. Never the whole body.
 */
public final class Snippets {

    public static final int BEFORE = 30;
    public static final int LENGTH = 120;

    private Snippets() {
    }

    /** The parts of a snippet of {@code text} around {@code query}; at most about {@code length} characters. */
    public static List<SnippetPart> around(String text, String query, int length) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Folding.Folded folded = Folding.foldWithOrigins(text);
        String needle = Folding.fold(query == null ? "" : query.strip());
        int first = needle.isEmpty() ? -1 : folded.text().indexOf(needle);
        int start = first < 0 ? 0 : Math.max(0, folded.origin()[first] - BEFORE);
        start = safeStart(text, start);
        int end = safeEnd(text, Math.min(text.length(), start + length));
        List<SnippetPart> parts = new ArrayList<>();
        int plainFrom = start;
        for (int f = first; f >= 0; f = folded.text().indexOf(needle, f + needle.length())) {
            int from = folded.origin()[f];
            int lastFolded = f + needle.length() - 1;
            int next = lastFolded + 1;
            while (next < folded.text().length() && folded.origin()[next] == folded.origin()[lastFolded]) {
                next++; // the match ends inside the expansion of one input character: take all of it
            }
            int to = next < folded.text().length() ? folded.origin()[next] : text.length();
            if (from < plainFrom) {
                continue;
            }
            if (to > end) {
                break;
            }
            if (from > plainFrom) {
                parts.add(new SnippetPart(text.substring(plainFrom, from), false));
            }
            parts.add(new SnippetPart(text.substring(from, to), true));
            plainFrom = to;
        }
        if (end > plainFrom) {
            parts.add(new SnippetPart(text.substring(plainFrom, end), false));
        }
        if (start > 0) {
            parts.addFirst(new SnippetPart("…", false));
        }
        if (end < text.length()) {
            parts.add(new SnippetPart("…", false));
        }
        return List.copyOf(parts);
    }

    public static String plain(List<SnippetPart> parts) {
        StringBuilder s = new StringBuilder();
        parts.forEach(p -> s.append(p.text()));
        return s.toString();
    }

    private static int safeStart(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }

    private static int safeEnd(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
    }
}
