package cn.xxgk.request.web;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.identity.web.CurrentUser;
import cn.xxgk.request.boundary.RequestRegistry;
import cn.xxgk.request.boundary.RequestRegistry.Due;
import cn.xxgk.request.boundary.RequestRegistry.Filter;
import cn.xxgk.request.boundary.RequestRegistry.Listed;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.RequestState;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 我的申请 and 全部申请: the requests the caller handles, or all, filtered by state, due soon or
 * overdue, channel and outcome; a bar per state with its count (the office compares them), each row
 * with its reply due date and the working days left.
 */
@Named
@ViewScoped
public class RequestListView implements Serializable {

    /** A page of the list; the filters narrow it down further. */
    static final int MAX_ROWS = 200;

    public enum Scope { MINE, ALL }

    @Inject
    RequestRegistry registry;

    @Inject
    CurrentUser currentUser;

    private Scope scope = Scope.MINE;
    private RequestState state;
    private Due due;
    private Channel channel;
    private ReplyOutcome outcome;

    private Map<RequestState, Long> counts;
    private List<Listed> rows;

    public void load() {
        search();
    }

    public void search() {
        String handler = scope == Scope.MINE ? currentUser.getName() : null;
        counts = registry.counts(handler);
        rows = registry.list(new Filter(state, channel, outcome, due, handler), MAX_ROWS);
    }

    public long count(RequestState s) {
        return counts.getOrDefault(s, 0L);
    }

    /** The width of a state's bar, relative to the fullest state (a bar chart without a script). */
    public int barPercent(RequestState s) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return max == 0 ? 0 : (int) Math.max(2, Math.round(100.0 * count(s) / max));
    }

    public RequestState[] getStates() { return RequestState.values(); }
    public Due[] getDues() { return Due.values(); }
    public List<Channel> getChannels() { return List.of(Channel.values()); }
    public ReplyOutcome[] getOutcomes() { return ReplyOutcome.values(); }
    public List<Listed> getRows() { return rows; }

    public Scope getScope() { return scope; }
    public void setScope(Scope scope) { this.scope = scope == null ? Scope.MINE : scope; }
    public RequestState getState() { return state; }
    public void setState(RequestState state) { this.state = state; }
    public Due getDue() { return due; }
    public void setDue(Due due) { this.due = due; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public ReplyOutcome getOutcome() { return outcome; }
    public void setOutcome(ReplyOutcome outcome) { this.outcome = outcome; }
}
