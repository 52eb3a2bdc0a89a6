package cn.xxgk.catalogue.entity;

import static cn.xxgk.catalogue.entity.People.DEPTHEAD;
import static cn.xxgk.catalogue.entity.People.DEPTSTAFF;
import static cn.xxgk.catalogue.entity.People.DIRECTOR;
import static cn.xxgk.catalogue.entity.People.LEADER;
import static cn.xxgk.catalogue.entity.People.OFFICE;
import static cn.xxgk.catalogue.entity.People.OFFICEHEAD;
import static cn.xxgk.catalogue.entity.People.SECRECY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** Attachments belong to the drafted content: changed only in DRAFT, carried over to a new version. */
class AttachmentTest {

    static final String SHA = "a".repeat(64);

    @Test
    void aDraftTakesAnAttachmentWithTheDetectedType() throws Exception {
        GovInfo draft = withId(GovInfoTest.draft(), 7L);

        Attachment a = Attachment.of(draft, "通知.pdf", AttachmentType.PDF, 1234, SHA, "aa/aa/" + SHA, "deptstaff",
                GovInfoTest.NOW);

        assertEquals(7L, a.getGovInfoId());
        assertEquals("application/pdf", a.getMediaType());
        assertEquals(1234, a.getSizeBytes());
        assertEquals("deptstaff", a.getUploadedBy());
    }

    @Test
    void anItemThatLeftDraftTakesNoAttachmentAndLosesNone() throws Exception {
        GovInfo draft = withId(GovInfoTest.draft(), 7L);
        Attachment a = Attachment.of(draft, "通知.pdf", AttachmentType.PDF, 1234, SHA, "aa/aa/" + SHA, "deptstaff",
                GovInfoTest.NOW);
        draft.confirm(DEPTHEAD, null, GovInfoTest.NOW);

        IllegalStepException added = assertThrows(IllegalStepException.class, () -> Attachment.of(draft, "b.pdf",
                AttachmentType.PDF, 1, SHA, "aa/aa/" + SHA, "deptstaff", GovInfoTest.NOW));
        IllegalStepException removed = assertThrows(IllegalStepException.class, () -> a.requireRemovableFrom(draft));

        assertEquals("catalogue.illegalStep.CONFIRMED", added.messageKey());
        assertEquals("catalogue.illegalStep.CONFIRMED", removed.messageKey());
    }

    @Test
    void aNewVersionCarriesTheSameStoredFile() throws Exception {
        GovInfo first = withId(GovInfoTest.draft(), 7L);
        Attachment a = Attachment.of(first, "通知.pdf", AttachmentType.PDF, 1234, SHA, "aa/aa/" + SHA, "deptstaff",
                GovInfoTest.NOW);
        GovInfo published = GovInfoTest.signedOff();
        published.catalogue(GovInfoTest.INDEX, OFFICE, GovInfoTest.NOW);
        published.publish(GovInfoTest.WEBSITE, OFFICE, GovInfoTest.NOW);
        GovInfo next = withId(published.revise(DEPTSTAFF, GovInfoTest.NOW), 8L);

        Attachment copy = a.copyFor(next);

        assertEquals(8L, copy.getGovInfoId());
        assertEquals(a.getStorageKey(), copy.getStorageKey());
        assertEquals(a.getSha256(), copy.getSha256());
        assertEquals(a.getFileName(), copy.getFileName());
        assertThrows(IllegalStepException.class, () -> a.copyFor(published), "only a new draft version takes copies");
    }

    static GovInfo withId(GovInfo info, Long id) throws ReflectiveOperationException {
        Field field = GovInfo.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(info, id);
        return info;
    }
}
