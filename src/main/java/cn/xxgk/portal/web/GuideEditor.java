package cn.xxgk.portal.web;

import cn.xxgk.platform.web.Messages;
import cn.xxgk.portal.boundary.DisclosureGuide;
import cn.xxgk.portal.entity.GuideVersion;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The office head's screen for the disclosure guide (/portal/guide.xhtml): the text in a rich-text
 * editor (cleaned by the boundary), a note on what changed, and the earlier versions, each of which
 * can be looked at again.
 */
@Named
@ViewScoped
public class GuideEditor implements Serializable {

    @Inject
    DisclosureGuide guide;

    @Inject
    Messages messages;

    private String body;
    private String note;
    private Long basedOn;
    private Long shown;
    private List<GuideVersion> history;

    public void load() {
        history = guide.history();
        GuideVersion current = history.isEmpty() ? null : history.getFirst();
        basedOn = current == null ? null : current.getId();
        body = current == null ? "" : current.getBodyHtml();
        note = null;
    }

    public void save() {
        GuideVersion saved = guide.save(body, note, basedOn);
        messages.info(null, "portal.guide.saved", saved.getId());
        shown = null;
        load();
    }

    /** Shows an earlier version below the editor (read only). */
    public void show(Long id) {
        shown = id;
    }

    public GuideVersion getShownVersion() {
        return shown == null ? null : guide.version(shown).orElse(null);
    }

    public String getShownBody() {
        GuideVersion version = getShownVersion();
        return version == null ? "" : cn.xxgk.portal.control.SafeHtml.clean(version.getBodyHtml());
    }

    public List<GuideVersion> getHistory() { return history; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getBasedOn() { return basedOn; }
}
