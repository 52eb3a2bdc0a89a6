package cn.xxgk.catalogue.boundary;

import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.catalogue.entity.GovInfo;

/**
 * An item in a queue or list with what the office compares: its drafting department's name and
 * where its 20-working-day publication deadline stands today (null once it has none).
 */
public record QueueRow(GovInfo info, String departmentName, DeadlineStatus deadline, int workingDaysLate) {
}
