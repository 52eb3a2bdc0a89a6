package cn.xxgk.calendar.boundary;

import cn.xxgk.calendar.control.DayRule;
import cn.xxgk.calendar.control.HolidayCnFormat;
import cn.xxgk.calendar.control.YearArrangement;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 3: the bundled holiday arrangements 2019 onwards (holiday-cn, MIT licence, in
 * resources/calendar/holiday-cn) become the agency's calendar. A Flyway migration rather than a
 * start-up bean: it runs once, under Flyway's lock, so two nodes starting together cannot load it
 * twice, and the office's later edits are never overwritten. A year published later is imported
 * by the office (or bundled with a later migration).
 */
@Dependent
public class V3__BundledHolidayArrangements extends BaseJavaMigration {

    static final String SOURCE = "holiday-cn (bundled)";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement year = connection.prepareStatement(
                "INSERT INTO calendar_year (year, source, updated_at, updated_by) VALUES (?, ?, ?, 'system')");
             PreparedStatement day = connection.prepareStatement(
                     "INSERT IGNORE INTO calendar_day (day, off_day, name, updated_at, updated_by) VALUES (?, ?, ?, ?, 'system')")) {
            for (YearArrangement arrangement : HolidayCnFormat.bundled()) {
                if (!arrangement.isPublished()) {
                    continue;
                }
                year.setInt(1, arrangement.year());
                year.setString(2, SOURCE);
                year.setTimestamp(3, now);
                year.addBatch();
                for (DayRule rule : arrangement.rules()) {
                    // INSERT IGNORE: a December arrangement may repeat a day of the next year's file
                    day.setDate(1, Date.valueOf(rule.date()));
                    day.setBoolean(2, rule.offDay());
                    day.setString(3, rule.name());
                    day.setTimestamp(4, now);
                    day.addBatch();
                }
            }
            year.executeBatch();
            day.executeBatch();
        }
    }
}
