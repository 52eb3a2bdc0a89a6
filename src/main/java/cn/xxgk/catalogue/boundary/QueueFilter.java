package cn.xxgk.catalogue.boundary;

import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.SubjectCategory;

/**
 * What an office queue is narrowed to: a step (state), words in the title, a department, a
 * subject category; null means "any".
 */
public record QueueFilter(GovInfoState state, String titleContains, Long departmentId, SubjectCategory subject) {

    public static final int MAX_TEXT = 100;

    public static QueueFilter of(GovInfoState state) {
        return new QueueFilter(state, null, null, null);
    }

    /** The title words as a LIKE pattern ('!' escapes), or null when there are none. */
    String titlePattern() {
        if (titleContains == null || titleContains.isBlank()) {
            return null;
        }
        String q = titleContains.strip();
        if (q.length() > MAX_TEXT) {
            q = q.substring(0, MAX_TEXT);
        }
        return "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
