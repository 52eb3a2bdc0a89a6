package cn.xxgk.catalogue.web;

import cn.xxgk.catalogue.boundary.Interpretations;
import cn.xxgk.catalogue.control.InterpretationLinks;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The policy interpretation (政策解读) block of an item's page: the document this entry explains
 * and the interpretations explaining it; the office links this entry, as an interpretation, to the
 * document it explains (by index number) or removes that link.
 */
@Named
@ViewScoped
public class InterpretationForm implements Serializable {

    @Inject
    Interpretations interpretations;

    @Inject
    ItemView item;

    @Inject
    Messages messages;

    private String document;
    private transient InterpretationLinks.Sides sides;

    public String link() {
        interpretations.link(item.getInfo().getIndexNumber(), document);
        messages.info(null, "interpretation.linked", document.strip());
        return ItemView.reopen(item.getInfo());
    }

    public String unlink() {
        interpretations.unlink(item.getInfo().getIndexNumber());
        messages.info(null, "interpretation.unlinked");
        return ItemView.reopen(item.getInfo());
    }

    public InterpretationLinks.Sides getSides() {
        if (sides == null) {
            sides = interpretations.of(item.getId());
        }
        return sides;
    }

    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
}
