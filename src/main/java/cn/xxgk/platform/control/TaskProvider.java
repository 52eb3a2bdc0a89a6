package cn.xxgk.platform.control;

import java.util.List;

/**
 * A component that gives people work to do (a draft to confirm, a request to answer)
 * implements this; the home page's "my tasks" lists what all providers return for the caller.
 */
public interface TaskProvider {

    List<Task> tasksFor(String username, java.util.Set<String> roles);

    /**
     * One piece of work: what it is (a bundle key and its arguments), where to do it, and the
     * due date if a legal deadline runs.
     */
    record Task(String labelKey, List<Object> labelArguments, String outcome, java.time.LocalDate due) {
    }
}
