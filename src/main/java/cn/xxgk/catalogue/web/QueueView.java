package cn.xxgk.catalogue.web;

import cn.xxgk.catalogue.boundary.GovInfoQueues;
import cn.xxgk.catalogue.boundary.QueueFilter;
import cn.xxgk.catalogue.boundary.QueueRow;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.SubjectCategory;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.identity.entity.Department;
import cn.xxgk.identity.web.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 主动公开: the items waiting at one step of the chain, with a bar per step showing how many wait
 * there, and filters by title, department and subject category. Opens on the first step that
 * waits for the caller (the leader's sign-off queue for a leader, drafts for a department).
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

    @Inject
    GovInfoQueues queues;

    @Inject
    Directory directory;

    @Inject
    CurrentUser currentUser;

    private GovInfoState state;
    private String titleContains;
    private Long departmentId;
    private SubjectCategory subject;

    private Map<GovInfoState, Long> counts;
    private List<QueueRow> rows;
    private List<Department> departments;

    public void load() {
        if (state == null) {
            state = ChainSteps.firstQueue(role -> currentUser.hasRole(role.name()));
        }
        departments = directory.departments();
        search();
    }

    public void search() {
        counts = queues.counts();
        rows = queues.find(new QueueFilter(state, titleContains, departmentId, subject), GovInfoQueues.MAX_ROWS);
    }

    public List<GovInfoState> getStates() {
        return ChainSteps.ORDER;
    }

    public long count(GovInfoState s) {
        return counts.getOrDefault(s, 0L);
    }

    /** The width of a step's bar, relative to the fullest step (a bar chart without a script). */
    public int barPercent(GovInfoState s) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return max == 0 ? 0 : (int) Math.max(2, Math.round(100.0 * count(s) / max));
    }

    public boolean waitsForMe(GovInfoState s) {
        return ChainSteps.waitingFor(role -> currentUser.hasRole(role.name())).contains(s);
    }

    public SubjectCategory[] getSubjects() {
        return SubjectCategory.values();
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public List<QueueRow> getRows() {
        return rows;
    }

    public GovInfoState getState() {
        return state;
    }

    public void setState(GovInfoState state) {
        this.state = state;
    }

    public String getTitleContains() {
        return titleContains;
    }

    public void setTitleContains(String titleContains) {
        this.titleContains = titleContains;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public SubjectCategory getSubject() {
        return subject;
    }

    public void setSubject(SubjectCategory subject) {
        this.subject = subject;
    }
}
