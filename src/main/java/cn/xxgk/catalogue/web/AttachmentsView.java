package cn.xxgk.catalogue.web;

import cn.xxgk.catalogue.boundary.GovInfoAttachments;
import cn.xxgk.catalogue.control.AttachmentRules;
import cn.xxgk.catalogue.entity.Attachment;
import cn.xxgk.catalogue.entity.AttachmentType;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs WEB-INF/includes/catalogue/attachments.xhtml: the attachments of one item (its id comes
 * from the including page as the ui:param govInfoId), the upload and the removal. Refusals of the
 * boundary (disguised, oversize, not a draft) reach the user as Chinese messages through the
 * Faces failure handler; nothing is saved then.
 */
@Named
@ViewScoped
public class AttachmentsView implements Serializable {

    @Inject
    GovInfoAttachments attachments;

    @Inject
    AttachmentRules rules;

    @Inject
    Messages messages;

    private Long loadedFor;
    private List<AttachmentRow> rows;
    private boolean mayChange;

    /** The attachments of the item, loaded once per view (again after an upload or a removal). */
    public List<AttachmentRow> list(Object govInfoId) {
        load(id(govInfoId));
        return rows;
    }

    public boolean mayChange(Object govInfoId) {
        load(id(govInfoId));
        return mayChange;
    }

    public void upload(FileUploadEvent event) throws IOException {
        Long govInfoId = id(event.getComponent().getAttributes().get("govInfoId"));
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            Attachment added = attachments.add(govInfoId, file.getFileName(), content);
            messages.info(null, "attachments.added", added.getFileName());
        } finally {
            loadedFor = null;
        }
    }

    public void remove(Object govInfoId, AttachmentRow row) {
        try {
            attachments.remove(row.id());
            messages.info(null, "attachments.removed", row.fileName());
        } finally {
            loadedFor = null;
            load(id(govInfoId));
        }
    }

    /** What may be uploaded, for the hint under the button. */
    public String getHint() {
        return messages.text("attachments.hint", rules.limitText(), AttachmentType.allExtensionsText());
    }

    public long getMaxBytes() {
        return rules.maxBytes();
    }

    /** The extensions for the browser's file chooser, e.g. ".pdf,.ofd,.doc,.wps,...". */
    public String getAccept() {
        return String.join(",", java.util.Arrays.stream(AttachmentType.values())
                .flatMap(t -> t.extensions().stream()).map(e -> "." + e).toList());
    }

    private void load(Long govInfoId) {
        if (govInfoId == null || govInfoId.equals(loadedFor)) {
            return;
        }
        rows = attachments.list(govInfoId).stream().map(AttachmentRow::of).toList();
        mayChange = attachments.mayChange(govInfoId);
        loadedFor = govInfoId;
    }

    private static Long id(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof Number n ? Long.valueOf(n.longValue()) : Long.valueOf(value.toString().strip());
    }
}
