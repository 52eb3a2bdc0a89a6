package cn.xxgk.search.web;

import cn.xxgk.platform.web.Messages;
import cn.xxgk.search.boundary.RebuildProgress;
import cn.xxgk.search.boundary.Search;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** admin/search-index: the index's size, a rebuild (office head) and its progress, polled each second. */
@Named
@RequestScoped
public class SearchIndexView {

    @Inject
    Search search;

    @Inject
    Messages messages;

    private RebuildProgress progress;

    public void start() {
        progress = search.rebuild();
        messages.info(null, "search.index.started");
    }

    public boolean isMayManage() {
        return search.mayManage();
    }

    public long getIndexed() {
        return search.indexedEntries();
    }

    public RebuildProgress getProgress() {
        if (progress == null) {
            progress = search.mayManage() ? search.rebuildProgress() : RebuildProgress.NEVER;
        }
        return progress;
    }

    public boolean isRunning() {
        return getProgress().running();
    }
}
