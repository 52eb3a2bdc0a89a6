package cn.xxgk.search.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where the tailer stands in the change log, so that it never skips a change. Change-log ids are
 * AUTO_INCREMENT: a transaction that wrote id 7 and commits late makes 7 visible after 8 was read. So the
 * tailer remembers the highest id read and every lower id it has not seen yet (a gap), reads the gaps
 * again at each pass, and gives a gap up only after {@code patience} (no transaction runs that long; a
 * rolled-back transaction leaves a gap for ever). Kept as text in the index's commit data.
 */
public final class ChangeGaps {

    static final String HIGH = "xxgk.search.high";
    static final String GAPS = "xxgk.search.gaps";
    /** More open gaps than this (a bulk rollback) are given up at once, oldest first. */
    static final int MAX_GAPS = 100_000;

    private long high;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();

    /** The state of a commit's user data (empty: from the start); gaps restart their wait at {@code now}. */
    public static ChangeGaps from(Map<String, String> data, Instant now) {
        ChangeGaps state = new ChangeGaps();
        state.high = Long.parseLong(data.getOrDefault(HIGH, "0"));
        String gaps = data.getOrDefault(GAPS, "");
        if (!gaps.isEmpty()) {
            Arrays.stream(gaps.split(",")).map(Long::valueOf).forEach(id -> state.gaps.put(id, now));
        }
        return state;
    }

    public Map<String, String> toData() {
        return Map.of(HIGH, Long.toString(high),
                GAPS, gaps.keySet().stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    public long high() {
        return high;
    }

    /** The ids below {@link #high()} not seen yet. */
    public List<Long> gaps() {
        return new ArrayList<>(gaps.keySet());
    }

    /** Notes ids read in this pass (any order; new ones above high, or gaps filled), opening gaps below them. */
    public void seen(List<Long> ids, Instant now) {
        for (long id : ids.stream().sorted().toList()) {
            if (id > high) {
                for (long missing = high + 1; missing < id && gaps.size() < MAX_GAPS; missing++) {
                    gaps.put(missing, now);
                }
                high = id;
            } else {
                gaps.remove(id);
            }
        }
    }

    /** Gives up the gaps older than {@code patience}; returns how many. */
    public int expire(Instant now, Duration patience) {
        Instant limit = now.minus(patience);
        int before = gaps.size();
        gaps.values().removeIf(since -> since.isBefore(limit));
        return before - gaps.size();
    }
}
