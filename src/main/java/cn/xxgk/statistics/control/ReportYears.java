package cn.xxgk.statistics.control;

import cn.xxgk.platform.control.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which years may have an annual report: none before the agency existed (xxgk.statistics.first-year,
 * the year the bureau was set up), none in the future; one may be drafted while its year runs, but
 * approved and published only after its year ended (Art. 49: by 31 January of the next year).
 */
@ApplicationScoped
public class ReportYears {

    @Inject
    @ConfigProperty(name = "xxgk.statistics.first-year", defaultValue = "2019")
    int firstYear;

    @Inject
    Clock clock;

    protected ReportYears() {
        // for CDI
    }

    public ReportYears(int firstYear, Clock clock) {
        this.firstYear = firstYear;
        this.clock = clock;
    }

    /** The year, or the refusal naming why no report can exist for it. */
    public int existing(int year) {
        int current = LocalDate.now(clock).getYear();
        if (year > current) {
            throw new InvalidInputException("statistics.invalid.futureYear", year);
        }
        if (year < firstYear) {
            throw new InvalidInputException("statistics.invalid.beforeAgency", year, firstYear);
        }
        return year;
    }

    /** The year, once it ended: its report may be approved and published. */
    public int ended(int year) {
        existing(year);
        if (year >= LocalDate.now(clock).getYear()) {
            throw new InvalidInputException("statistics.invalid.yearNotOver", year);
        }
        return year;
    }

    public int current() {
        return LocalDate.now(clock).getYear();
    }

    public int first() {
        return firstYear;
    }
}
