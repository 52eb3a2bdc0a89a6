package cn.xxgk.archive.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.archive.control.ArchiveKind;
import cn.xxgk.archive.control.Dossier;
import cn.xxgk.audit.boundary.AuditTrail;
import cn.xxgk.audit.entity.AuditRecord;
import cn.xxgk.catalogue.boundary.AttachmentDownload;
import cn.xxgk.catalogue.boundary.GovInfoAttachments;
import cn.xxgk.catalogue.boundary.GovInfoChain;
import cn.xxgk.catalogue.boundary.GovInfoQueues;
import cn.xxgk.catalogue.control.PublicationDeadline;
import cn.xxgk.catalogue.entity.Attachment;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoStep;
import cn.xxgk.letter.control.LetterTemplates;
import cn.xxgk.letter.control.RecordSheet.Field;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.request.boundary.IssuedLetter;
import cn.xxgk.request.boundary.RequestIntake;
import cn.xxgk.request.boundary.RequestLetters;
import cn.xxgk.request.boundary.RequestRegistry;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.Reply;
import cn.xxgk.request.entity.RequestState;
import cn.xxgk.request.entity.TimelineEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gathers what a package seals about one record, asking the owning components through their
 * boundaries: a request with its timeline and kept letters, an entry with its history and
 * attachments, and the audit rows about either. Refuses a record that is not yet to be archived
 * (a request whose procedure has not ended, an item not published).
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
public class Dossiers {

    @Inject RequestRegistry requests;
    @Inject RequestLetters letters;
    @Inject GovInfoChain items;
    @Inject GovInfoQueues queues;
    @Inject GovInfoAttachments attachments;
    @Inject AuditTrail audit;

    /** The ids of a year's records of this kind (requests ended in it, entries published in it). */
    public List<Long> idsOfYear(ArchiveKind kind, int year) {
        return kind == ArchiveKind.REQUEST ? requests.endedIds(year) : queues.publishedIds(year);
    }

    public Dossier of(ArchiveKind kind, long id) {
        return kind == ArchiveKind.REQUEST ? request(id) : entry(id);
    }

    Dossier request(long id) {
        DisclosureRequest r = requests.find(id);
        if (r.getState() == RequestState.SPLIT || !r.getState().isFinal()) {
            throw new InvalidInputException("archive.invalid.notEnded", r.getNumber());
        }
        Reply reply = r.getReply();
        List<Field> fields = new ArrayList<>();
        add(fields, "申请编号", r.getNumber());
        add(fields, "拆分自", r.getParentId() == null ? null : requests.numberOf(r.getParentId()) + "（第 " + r.getPartNo() + " 部分）");
        add(fields, "申请方式", r.getChannel().name());
        add(fields, "收到日期", r.getReceivedOn());
        add(fields, "申请人", r.getApplicant().getName());
        add(fields, "申请人类型", r.getApplicant().getType().name());
        add(fields, "证件号码", r.getApplicant().getIdNumberMasked());
        add(fields, "所需信息", r.getDescription());
        add(fields, "获取形式", r.getFormWanted().name());
        add(fields, "获取方式", r.getDeliveryWanted().name());
        add(fields, "状态", r.getState().name());
        add(fields, "承办人", r.getHandler());
        add(fields, "答复结果", reply.getOutcome() == null ? null : reply.getOutcome().name());
        add(fields, "答复理由", reply.getOutcomeReason() == null ? null : reply.getOutcomeReason().name());
        add(fields, "答复日期", reply.getRepliedOn());
        add(fields, "答复内容", reply.getReplyText());
        add(fields, "送达", reply.getDeliveredOn() == null ? null : reply.getDeliveredOn() + " " + reply.getDeliveredBy());
        add(fields, "非申请说明", reply.getNotRequestNote());
        List<Dossier.Step> steps = new ArrayList<>();
        for (TimelineEntry e : requests.timeline(id)) {
            steps.add(new Dossier.Step(e.getOccurredAt(), e.getStatedOn() == null ? null : e.getStatedOn().toString(),
                    e.getStep().name(), e.getFromState() == null ? null : e.getFromState().name(), e.getToState().name(),
                    e.getActor(), e.getComment()));
        }
        List<Dossier.Document> documents = new ArrayList<>();
        for (IssuedLetter letter : letters.list(id)) {
            documents.add(new Dossier.Document("letters", LetterTemplates.kindTitle(letter.kind()) + " " + letter.number() + ".pdf",
                    letters.open(letter.id()).pdf()));
        }
        String classifier = reply.getOutcome() != null ? reply.getOutcome().name() : r.getState().name();
        return new Dossier(ArchiveKind.REQUEST, id, r.getNumber(), r.getUpdatedAt().getYear(),
                "政府信息公开申请 " + r.getNumber() + "：" + r.getDescription(), classifier, fields, steps,
                auditLines(RequestIntake.TYPE, id), documents);
    }

    Dossier entry(long id) {
        GovInfo g = items.find(id);
        if (g.getPublishedDate() == null || g.getIndexNumber() == null) {
            throw new InvalidInputException("archive.invalid.notPublished", id);
        }
        List<Field> fields = new ArrayList<>();
        add(fields, "索引号", g.getIndexNumber());
        add(fields, "标题", g.getTitle());
        add(fields, "版本", g.getInfoVersion());
        add(fields, "文种", g.getDocumentType());
        add(fields, "文号", g.getDocumentNumber());
        add(fields, "成文日期", g.getWrittenDate());
        add(fields, "发布日期", g.getPublishedDate());
        add(fields, "主题分类", g.getSubjectCategory() == null ? null : g.getSubjectCategory().officialName());
        add(fields, "二级分类", g.getSubjectSubcategory());
        add(fields, "重点公开内容", g.getKeyContentCategory() == null ? null : g.getKeyContentCategory().name());
        add(fields, "公开属性", g.getAttribute() == null ? null : g.getAttribute().name());
        add(fields, "签发人", g.getSignedOffBy());
        add(fields, "正文", g.getBodyText());
        List<Dossier.Step> steps = new ArrayList<>();
        for (GovInfoStep s : items.history(id)) {
            steps.add(new Dossier.Step(s.getOccurredAt(), s.getStatedOn() == null ? null : s.getStatedOn().toString(),
                    s.getStep().name(), s.getFromState() == null ? null : s.getFromState().name(), s.getToState().name(),
                    s.getActor(), s.getComment()));
        }
        List<Dossier.Document> documents = new ArrayList<>();
        for (Attachment a : attachments.list(id)) {
            AttachmentDownload file = attachments.open(a.getId());
            try {
                documents.add(new Dossier.Document("attachments", file.fileName(), Files.readAllBytes(file.file())));
            } catch (IOException e) {
                throw new UncheckedIOException("attachment " + a.getId() + " of item " + id + " cannot be read", e);
            }
        }
        String classifier = g.getKeyContentCategory() == null ? null : g.getKeyContentCategory().name();
        return new Dossier(ArchiveKind.ENTRY, id, g.getIndexNumber(), g.getPublishedDate().getYear(), g.getTitle(), classifier,
                fields, steps, auditLines(PublicationDeadline.SUBJECT_TYPE, id), documents);
    }

    private List<Dossier.AuditLine> auditLines(String type, long id) {
        List<Dossier.AuditLine> lines = new ArrayList<>();
        for (AuditRecord a : audit.about(type, String.valueOf(id))) {
            lines.add(new Dossier.AuditLine(a.getId(), a.getOccurredAt(), a.getActor(), a.getAction(), a.getResult().name(),
                    a.getDetail()));
        }
        return lines;
    }

    private static void add(List<Field> fields, String label, Object value) {
        if (value != null && !Objects.toString(value).isBlank()) {
            fields.add(new Field(label, value.toString()));
        }
    }
}
