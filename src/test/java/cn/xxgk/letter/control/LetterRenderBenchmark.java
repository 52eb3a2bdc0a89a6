package cn.xxgk.letter.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How long one letter takes to render: the first (font lookup, template compilation, class
 * loading), then the median of 50 after 20 warm-up renders, on one thread and on two at once;
 * then a receipt to an applicant whose name has rare characters (the fallback fonts HanaMin A and B
 * embedded as well), against the same receipt with a common name, in the same run. With
 * {@code -Dxxgk.bench.compare-font=/path/font.ttc} it also renders the same reply with that font,
 * alternating with the bundled one (the figures of issue #11: Noto Serif SC against AR PL UMing).
 * Not a test: it prints figures. Run with ./mvnw -Pbench (or only this one:
 * {@code ./mvnw -q -Pbench test-compile exec:exec@letter-benchmark}).
 */
public final class LetterRenderBenchmark {

    static final int WARM_UP = 20;
    static final int RUNS = 50;

    private LetterRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LetterRenderer renderer = new LetterRenderer(List.of(LetterFont.DEFAULT_CANDIDATES.split(",")),
                List.of(LetterFont.DEFAULT_FALLBACKS.split(",")));
        LetterData letter = SampleLetters.complete(ReplyWording.PARTLY_DISCLOSED).build();

        long start = System.nanoTime();
        byte[] pdf = renderer.render(LetterKind.REPLY, letter);
        System.out.printf("letter: first render %.0f ms (font %s), %d bytes, %d pages%n",
                (System.nanoTime() - start) / 1e6, renderer.font(), pdf.length, pages(pdf));

        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(LetterKind.REPLY, letter);
        }
        List<Double> single = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            renderer.render(LetterKind.REPLY, letter);
            single.add((System.nanoTime() - t) / 1e6);
        }
        print("one thread", single);

        List<Double> parallel = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long wall = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(pool.submit(() -> {
                long t = System.nanoTime();
                renderer.render(LetterKind.REPLY, letter);
                parallel.add((System.nanoTime() - t) / 1e6);
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        pool.shutdown();
        print("two threads", parallel);
        System.out.printf("letter: two threads, %.1f letters/s%n", RUNS / seconds);

        rareCharacters(renderer);
        String other = System.getProperty("xxgk.bench.compare-font");
        if (other != null && !other.isBlank()) {
            compare(renderer, new LetterRenderer(List.of(other)), letter);
        }
    }

    /** The same reply from the bundled font and another one, alternated: median time and size of each. */
    private static void compare(LetterRenderer bundled, LetterRenderer other, LetterData letter) {
        other.render(LetterKind.REPLY, letter);
        List<Double> ours = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t = System.nanoTime();
            bundled.render(LetterKind.REPLY, letter);
            long u = System.nanoTime();
            other.render(LetterKind.REPLY, letter);
            if (i >= WARM_UP) {
                ours.add((u - t) / 1e6);
                theirs.add((System.nanoTime() - u) / 1e6);
            }
        }
        print("reply, " + bundled.font().file().getFileName(), ours);
        print("reply, " + other.font(), theirs);
        System.out.printf("letter: %s/%s median ratio %.2f; sizes %d vs %d bytes%n", bundled.font().file().getFileName(),
                other.font().file().getFileName(), median(ours) / median(theirs),
                bundled.render(LetterKind.REPLY, letter).length, other.render(LetterKind.REPLY, letter).length);
    }

    /** A name with characters from CJK Extensions B and C: the fallback fonts are opened and embedded. */
    private static void rareCharacters(LetterRenderer renderer) throws Exception {
        LetterData common = SampleLetters.complete(null).applicantName("王吉田").build();
        LetterData rare = SampleLetters.complete(null).applicantName("𠮷田㐂𪜀").build();
        long start = System.nanoTime();
        byte[] pdf = renderer.render(LetterKind.RECEIPT, rare);
        System.out.printf("letter: rare name, first render %.0f ms (opens %s), %d bytes%n",
                (System.nanoTime() - start) / 1e6, renderer.fallbacks(), pdf.length);
        List<Double> commonTimes = new ArrayList<>();
        List<Double> rareTimes = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            // alternated, so that both see the same machine
            double c = timed(renderer, common);
            double r = timed(renderer, rare);
            if (i >= WARM_UP) {
                commonTimes.add(c);
                rareTimes.add(r);
            }
        }
        print("receipt, common name", commonTimes);
        print("receipt, rare name", rareTimes);
        System.out.printf("letter: rare/common median ratio %.2f; sizes %d vs %d bytes%n",
                median(rareTimes) / median(commonTimes), renderer.render(LetterKind.RECEIPT, rare).length,
                renderer.render(LetterKind.RECEIPT, common).length);
    }

    private static double timed(LetterRenderer renderer, LetterData data) {
        long t = System.nanoTime();
        renderer.render(LetterKind.RECEIPT, data);
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void print(String label, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("letter: %s, %d renders: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms%n", label, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.9)), sorted.getFirst(), sorted.getLast());
    }

    private static int pages(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
