package cn.xxgk.request.control;

import cn.xxgk.platform.control.SerialRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives out the letters' document numbers (发文字号), 郑大数据依申〔2026〕1号, 2号 ... one gap-free
 * series per year for every letter of the request procedure, allocated as the request numbers are:
 * the year's serial row is incremented by one statement ({@link SerialRows#next}) in the transaction
 * that issues the letter, so concurrent steps wait for each other from there to their commit (the
 * letter is issued last in a step) and a rolled-back step takes its number back: no gap.
 * <p>
 * One series, not one per kind: the letters are outgoing documents of one office under one
 * designation (代字), the register of outgoing documents shows a missing number as a lost letter only
 * if the series is unbroken across kinds, and the bureau's rules define no designation per kind.
 */
@ApplicationScoped
public class LetterNumberAllocator {

    @Inject
    SerialRows rows;

    /** The agency's designation of its disclosure letters, printed before 〔year〕. */
    @Inject
    @ConfigProperty(name = "xxgk.letters.number-prefix", defaultValue = "郑大数据依申")
    String prefix;

    /** The next number of the year; must run inside the transaction that stores the letter. */
    public String next(int year) {
        return format(prefix, year, rows.next("request_letter_serial", List.of("year"), year));
    }

    /** 郑大数据依申〔2026〕12号: designation, year in 六角括号, serial without leading zeros (GB/T 9704). */
    public static String format(String prefix, int year, int serial) {
        return prefix + "〔" + year + "〕" + serial + "号";
    }
}
