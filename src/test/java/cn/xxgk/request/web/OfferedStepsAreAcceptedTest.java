package cn.xxgk.request.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.request.entity.ConsultationAnswer;
import cn.xxgk.request.entity.ConsultationKind;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.Extension;
import cn.xxgk.request.entity.LetterDelivery;
import cn.xxgk.request.entity.ProcedureStep;
import cn.xxgk.request.entity.ProtectedIdNumber;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.ReplyReason;
import cn.xxgk.request.entity.RequestCaller;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The screen and the entity cannot disagree: for each state a request can be in and each kind of
 * caller, the request page offers exactly the steps the entity then accepts and the boundary's
 * check ({@link ProcedureStep#takenBy}) lets the caller take, and refuses the rest.
 */
class OfferedStepsAreAcceptedTest {

    static final LocalDateTime NOW = RequestStepsTest.NOW;
    static final LocalDate TODAY = RequestStepsTest.TODAY;
    static final LocalDate RECEIVED = RequestStepsTest.RECEIVED;

    /** Each state, reached through the procedure, anew for each try (a forwarded request, stored as id 2). */
    static Map<String, Supplier<DisclosureRequest>> states() {
        Map<String, Supplier<DisclosureRequest>> states = new LinkedHashMap<>();
        states.put("received", OfferedStepsAreAcceptedTest::received);
        states.put("filed online, receipt confirmed (Art. 31(3))", () -> {
            DisclosureRequest r = filedOnline();
            r.handling().confirmReceipt("office", NOW);
            return r;
        });
        states.put("accepted", OfferedStepsAreAcceptedTest::accepted);
        states.put("awaiting correction, period running", () -> noticed(TODAY.plusDays(5)));
        states.put("awaiting correction, period passed (Art. 30)", () -> noticed(TODAY.minusDays(1)));
        states.put("third party consulted by post (Art. 32)", () -> consulted(ConsultationKind.THIRD_PARTY, LetterDelivery.POST));
        states.put("agency consulted in person (Art. 34)", () -> consulted(ConsultationKind.AGENCY, LetterDelivery.IN_PERSON));
        states.put("third party refused (Art. 32)", () -> {
            DisclosureRequest r = consulted(ConsultationKind.THIRD_PARTY, LetterDelivery.IN_PERSON);
            r.consulting().answer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.REFUSAL, TODAY, "不同意", null, "office", NOW);
            return r;
        });
        states.put("extension pending (Art. 33)", () -> {
            DisclosureRequest r = accepted();
            r.extending().request(5, "需要调取档案", TODAY.plusDays(10), "office", NOW);
            return r;
        });
        states.put("extension cap reached", () -> {
            DisclosureRequest r = accepted();
            r.extending().request(Extension.CAP, "需要调取档案", TODAY.plusDays(10), "office", NOW);
            r.extending().decide(true, null, TODAY.plusDays(10), "officehead", NOW);
            return r;
        });
        states.put("reasons asked (Art. 35)", () -> {
            DisclosureRequest r = accepted();
            r.replying().askForReasons("请说明理由", TODAY, "office", NOW);
            return r;
        });
        states.put("linked to an earlier request", () -> {
            DisclosureRequest r = accepted();
            r.handling().flagRepeatOf(stored(received(), 1L), "office", NOW);
            return r;
        });
        states.put("replied", OfferedStepsAreAcceptedTest::replied);
        states.put("closed", () -> {
            DisclosureRequest r = replied();
            r.replying().recordDelivery(DeliveryMethod.POST, TODAY, null, "office", NOW);
            return r;
        });
        states.put("reported back", () -> {
            DisclosureRequest r = replied();
            r.handling().reportBack("已答复", TODAY, List.of(), "office", NOW);
            return r;
        });
        states.put("not a request (Art. 39)", () -> {
            DisclosureRequest r = received();
            r.handling().markNotARequest("信访事项", "office", NOW);
            return r;
        });
        states.put("a part of a split request", () -> {
            DisclosureRequest part = received().handling().split(List.of("预算", "决算"), List.of(new byte[32], new byte[32]),
                    List.of(id(), id()), "office", NOW).getFirst();
            return stored(part, 3L);
        });
        return states;
    }

    /** Each step with valid input: only the state and the step's own conditions can refuse it. */
    static Map<ProcedureStep, Consumer<DisclosureRequest>> steps() {
        Map<ProcedureStep, Consumer<DisclosureRequest>> steps = new LinkedHashMap<>();
        steps.put(ProcedureStep.CONFIRM_RECEIPT, r -> r.handling().confirmReceipt("office", NOW));
        steps.put(ProcedureStep.ACCEPT, r -> r.handling().accept(RECEIVED, "office", NOW));
        steps.put(ProcedureStep.CORRECTION_NOTICE, r -> r.correcting().sendNotice(TODAY, TODAY.plusDays(15), "请补正",
                TODAY, "office", NOW));
        steps.put(ProcedureStep.CORRECTION_RECEIVED, r -> r.correcting().receive(TODAY, null, null, "office", NOW));
        steps.put(ProcedureStep.ABANDON, r -> r.correcting().abandon("office", NOW));
        steps.put(ProcedureStep.CONSULT, r -> r.consulting().consult(ConsultationKind.AGENCY, "郑州市财政局", "共同制作", TODAY,
                "office", NOW));
        steps.put(ProcedureStep.LETTER_RECEIVED, r -> r.consulting().letterReceived(TODAY, "office", NOW));
        steps.put(ProcedureStep.ANSWER, r -> r.consulting().answer(r.openConsultation().map(c -> c.getKind())
                .orElse(ConsultationKind.THIRD_PARTY), ConsultationAnswer.CONSENT, TODAY, null, null, "office", NOW));
        steps.put(ProcedureStep.OVERRIDE, r -> r.consulting().overrideInPublicInterest("公共利益", "特此告知", TODAY, "office", NOW));
        steps.put(ProcedureStep.EXTENSION_REQUEST, r -> r.extending().request(1, "需要调取档案", TODAY.plusDays(10),
                "office", NOW));
        steps.put(ProcedureStep.EXTENSION_DECISION, r -> r.extending().decide(false, null, TODAY.plusDays(10),
                "officehead", NOW));
        steps.put(ProcedureStep.ASK_REASONS, r -> r.replying().askForReasons("请说明理由", TODAY, "office", NOW));
        steps.put(ProcedureStep.REPLY, r -> {
            ReplyOutcome outcome = r.replying().possibleOutcomes().isEmpty() ? ReplyOutcome.DISCLOSED : r.replying().possibleOutcomes().getFirst();
            ReplyReason reason = outcome == ReplyOutcome.DISCLOSED ? null
                    : r.replying().possibleReasons(outcome).stream().findFirst().orElse(null);
            r.replying().reply(outcome, reason, "答复如下", "邮寄", TODAY, "office", NOW);
        });
        steps.put(ProcedureStep.DELIVERY, r -> r.replying().recordDelivery(DeliveryMethod.POST, TODAY, null, "office", NOW));
        steps.put(ProcedureStep.MARK_NOT_A_REQUEST, r -> r.handling().markNotARequest("信访事项", "office", NOW));
        steps.put(ProcedureStep.REPEAT, r -> r.handling().flagRepeatOf(stored(received(), 1L), "office", NOW));
        steps.put(ProcedureStep.SPLIT, r -> r.handling().split(List.of("预算", "决算"), List.of(new byte[32], new byte[32]),
                List.of(id(), id()), "office", NOW));
        steps.put(ProcedureStep.REPORT_BACK, r -> r.handling().reportBack("已办理", TODAY, List.of(), "office", NOW));
        steps.put(ProcedureStep.ASSIGN, r -> r.handling().assignTo("office2", "office", NOW));
        return steps;
    }

    @Test
    void everyStepOfTheTableIsTried() {
        assertEquals(EnumSet.allOf(ProcedureStep.class), steps().keySet());
    }

    @Test
    void theOfficeHeadIsOfferedExactlyTheStepsTheRequestAccepts() {
        states().forEach((state, request) -> {
            Set<ProcedureStep> accepted = accepted(request);
            for (ProcedureStep step : ProcedureStep.values()) {
                assertEquals(accepted.contains(step), RequestSteps.offers(step.form(), request.get(), true, true, TODAY),
                        state + ": " + step);
            }
        });
    }

    @Test
    void theHandlerIsOfferedTheSameButTheExtensionDecisionWhichIsTheOfficeHeads() {
        states().forEach((state, request) -> {
            Set<ProcedureStep> accepted = accepted(request);
            RequestCaller handler = RequestCaller.of("office", Role.OFFICE_STAFF);
            for (ProcedureStep step : ProcedureStep.values()) {
                boolean offered = RequestSteps.offers(step.form(), request.get(), true, false, TODAY);
                assertEquals(accepted.contains(step) && step != ProcedureStep.EXTENSION_DECISION, offered, state + ": " + step);
                assertEquals(step != ProcedureStep.EXTENSION_DECISION, step.takenBy(handler, "office"), step.name());
            }
        });
    }

    @Test
    void anotherMemberOfTheOfficeIsOfferedNothingAndMayTakeNothing() {
        RequestCaller other = RequestCaller.of("office2", Role.OFFICE_STAFF);
        RequestCaller secrecy = RequestCaller.of("office", Role.SECRECY_OFFICER);
        states().forEach((state, request) -> {
            for (ProcedureStep step : ProcedureStep.values()) {
                assertFalse(RequestSteps.offers(step.form(), request.get(), false, false, TODAY), state + ": " + step);
                assertFalse(step.takenBy(other, "office"), step.name());
                assertFalse(step.takenBy(secrecy, "office"), "the office handles requests: " + step);
            }
        });
        // Art. 31(3): a request filed online awaits the office's confirmation, which any member may give, and nothing else
        for (ProcedureStep step : ProcedureStep.values()) {
            assertEquals(step == ProcedureStep.CONFIRM_RECEIPT, RequestSteps.offers(step.form(), filedOnline(), false, false, TODAY),
                    "filed online: " + step);
            assertEquals(step == ProcedureStep.CONFIRM_RECEIPT, step.takenBy(other, DisclosureRequest.PORTAL), step.name());
        }
        assertEquals(Set.of(ProcedureStep.CONFIRM_RECEIPT, ProcedureStep.MARK_NOT_A_REQUEST, ProcedureStep.REPEAT,
                ProcedureStep.ASSIGN), accepted(OfferedStepsAreAcceptedTest::filedOnline), "filed online, before confirmation");
        assertTrue(ProcedureStep.EXTENSION_DECISION.takenBy(RequestCaller.of("officehead", Role.OFFICE_HEAD), "office"));
    }

    /** The steps the entity accepts on a fresh request in the state; every other refused as a step, never half done. */
    static Set<ProcedureStep> accepted(Supplier<DisclosureRequest> request) {
        Set<ProcedureStep> accepted = EnumSet.noneOf(ProcedureStep.class);
        steps().forEach((step, act) -> {
            DisclosureRequest r = request.get();
            try {
                act.accept(r);
                accepted.add(step);
            } catch (InvalidInputException refused) { // IllegalRequestStepException included
                // refused
            }
        });
        return accepted;
    }

    static DisclosureRequest received() {
        return stored(RequestStepsTest.received(Channel.FORWARDED), 2L);
    }

    /** Filed online, not yet confirmed: handled by nobody (the portal) until the office confirms it. */
    static DisclosureRequest filedOnline() {
        return stored(RequestStepsTest.filedOnline(), 4L);
    }

    static DisclosureRequest accepted() {
        DisclosureRequest r = received();
        r.handling().accept(RECEIVED, "office", NOW);
        return r;
    }

    static DisclosureRequest noticed(LocalDate correctBy) {
        DisclosureRequest r = accepted();
        r.correcting().sendNotice(RECEIVED.plusDays(1), correctBy, "请写明文件名称", null, "office",
                RECEIVED.plusDays(1).atTime(10, 0));
        return r;
    }

    static DisclosureRequest consulted(ConsultationKind kind, LetterDelivery delivery) {
        DisclosureRequest r = accepted();
        r.consulting().consult(kind, "甲公司", "商业秘密", RECEIVED.plusDays(2), delivery, "office", NOW);
        return r;
    }

    static DisclosureRequest replied() {
        DisclosureRequest r = accepted();
        r.replying().reply(ReplyOutcome.DISCLOSED, null, "予以公开", "邮寄", TODAY, "office", NOW);
        return r;
    }

    static ProtectedIdNumber id() {
        return new ProtectedIdNumber(new byte[]{1}, new byte[32], "4101**********123X");
    }

    /** As the database would: the request gets its id (a repeat and a split need one). */
    static DisclosureRequest stored(DisclosureRequest r, long id) {
        try {
            Field field = DisclosureRequest.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(r, id);
            return r;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
