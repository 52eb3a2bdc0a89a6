/**
 * Boundary of the calendar component: the working-day calendar kept in memory (WorkingDays), the
 * legal deadlines other components attach and move (Deadlines), the office's imports and day
 * changes (CalendarAdministration), and the Flyway Java migration that loads the bundled holiday
 * arrangements (V3__BundledHolidayArrangements).
 */
package cn.xxgk.calendar.boundary;
