package cn.xxgk.request.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.request.control.IdentityDocuments;
import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.FormWanted;
import cn.xxgk.request.entity.IdentityDocumentType;
import cn.xxgk.request.entity.RequestForm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every flaw the intake can find lands on a field of the intake page that exists, and the fields
 * that do not apply to the channel or applicant are not sent.
 */
class IntakeViewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    final IntakeView view = new IntakeView();

    /** A form the intake accepts. */
    static IntakeForm valid() {
        IntakeForm f = new IntakeForm(TODAY);
        f.setApplicantName("张三");
        f.setIdNumber("11010519491231002X");
        f.setPhone("0371-12345678");
        f.setDescription("2025年部门预算");
        f.setFormWanted(FormWanted.PAPER);
        f.setDeliveryWanted(DeliveryMethod.PICK_UP);
        return f;
    }

    @Test
    void theValidFormHasNoFlaw() {
        IntakeForm f = valid();
        assertEquals(java.util.Optional.empty(), f.input("token-0001").form().firstFlaw(TODAY));
        assertEquals(java.util.Optional.empty(), IdentityDocuments.flaw(f.getIdDocumentType(), f.getIdNumber(), TODAY));
    }

    @Test
    void eachFlawOfTheFormIsShownOnAFieldOfThePage() throws Exception {
        String page = Files.readString(Path.of("src/main/webapp/request/intake.xhtml"));
        assertField(page, "applicantName", f -> f.setApplicantName(" "));
        assertField(page, "contact", f -> f.setPhone(null));
        assertField(page, "phone", f -> f.setPhone("电话"));
        assertField(page, "email", f -> f.setEmail("not-an-address"));
        assertField(page, "postcode", f -> f.setPostcode("4500"));
        assertField(page, "description", f -> f.setDescription(""));
        assertField(page, "formWanted", f -> f.setFormWanted(null));
        assertField(page, "deliveryWanted", f -> f.setDeliveryWanted(null));
        assertField(page, "email", f -> f.setDeliveryWanted(DeliveryMethod.EMAIL));
        assertField(page, "postalAddress", f -> f.setDeliveryWanted(DeliveryMethod.POST));
        assertField(page, "receivedOn", f -> f.setReceivedOn(TODAY.plusDays(1)));
        assertField(page, "organisationKind", f -> {
            f.setApplicantType(ApplicantType.LEGAL_PERSON);
            f.setIdDocumentType(IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE);
        });
        assertField(page, "idDocumentType", f -> f.setIdDocumentType(IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE));
        assertField(page, "handoverFrom", f -> f.setChannel(Channel.FORWARDED));
        assertField(page, "handoverOn", f -> {
            f.setChannel(Channel.FORWARDED);
            f.setHandoverFrom("市政府办公厅");
            f.setHandoverWhat("申请表");
            f.setHandoverOn(TODAY.plusDays(2));
        });
    }

    @Test
    void eachFlawOfTheIdentityNumberIsShownOnTheNumber() {
        for (String number : new String[]{"", "4101", "41010519850615021A", "410105198513150210", "110105194912310021"}) {
            String key = IdentityDocuments.flaw(IdentityDocumentType.RESIDENT_ID_CARD, IdentityDocuments.normalise(number), TODAY)
                    .orElseThrow(() -> new AssertionError(number + " should be refused"));
            assertEquals("idNumber", view.fieldOf(key), key);
        }
        String key = IdentityDocuments.flaw(IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE, "91410100MA00000010", TODAY)
                .orElseThrow();
        assertEquals("idNumber", view.fieldOf(key), key);
    }

    @Test
    void fieldsThatDoNotApplyAreNotSent() {
        IntakeForm f = valid();
        f.setOrganisationKind(cn.xxgk.request.entity.OrganisationKind.OTHER);
        f.setHandoverFrom("市政府办公厅");
        var form = f.input("token-0001").form();
        assertEquals(null, form.organisationKind(), "a person has no organisation sub-kind");
        assertEquals(null, form.handoverFrom(), "a request in person has no handover");
        f.setChannel(Channel.FORWARDED);
        assertEquals(null, f.input("token-0001").form().receivedOn(), "a forwarded request is received on the handover day");
    }

    @Test
    void eachViewHasATokenOfItsOwnThatTheIntakeAccepts() {
        String token = IntakeView.newToken();
        assertTrue(token.matches("[A-Za-z0-9_\\-]{8,64}"), token);
        assertNotEquals(token, IntakeView.newToken());
    }

    @Test
    void aSecondSubmitOfTheSamePageSendsTheSameTokenSoTheIntakeRegistersOnce() {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        IntakeView page = new IntakeView();
        page.clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-20T02:00:00Z"), java.time.ZoneId.of("Asia/Shanghai"));
        page.intake = new cn.xxgk.request.boundary.RequestIntake() {
            @Override
            public cn.xxgk.request.boundary.Receipt register(cn.xxgk.request.boundary.IntakeInput input) {
                tokens.add(input.intakeToken());
                return new cn.xxgk.request.boundary.Receipt(7L, "2026-0007", "ABCDEFGHJK23", TODAY, tokens.size() > 1, null, 0);
            }
        };
        page.form = valid();
        page.submit();
        page.submit(); // the double click
        assertEquals(2, tokens.size());
        assertEquals(tokens.get(0), tokens.get(1), "one token per page: the boundary answers the repeat with the first receipt");
        assertTrue(page.isRegistered());
        assertNotEquals(tokens.get(0), new IntakeView().getToken(), "the next intake page registers the next request");
    }

    private void assertField(String page, String field, Consumer<IntakeForm> spoil) {
        IntakeForm f = valid();
        spoil.accept(f);
        view.form = f;
        RequestForm sent = f.input("token-0001").form();
        if (sent.receivedOn() == null) { // as RequestIntake does: a forwarded request is received on the handover day
            sent = new RequestForm(sent.channel(), sent.handoverOn() == null ? TODAY : sent.handoverOn(), sent.applicantType(),
                    sent.organisationKind(), sent.applicantName(), sent.contactPerson(), sent.idDocumentType(), sent.phone(),
                    sent.email(), sent.postalAddress(), sent.postcode(), sent.description(), sent.formWanted(),
                    sent.deliveryWanted(), sent.handoverFrom(), sent.handoverOn(), sent.handoverWhat(), sent.handoverReference());
        }
        String key = sent.firstFlaw(TODAY).orElseThrow(
                () -> new AssertionError("the spoiled form for " + field + " has no flaw")).key();
        assertEquals(field, view.fieldOf(key), key);
        assertTrue(page.contains("id=\"" + field + "\""), "the intake page has no field " + field);
    }
}
