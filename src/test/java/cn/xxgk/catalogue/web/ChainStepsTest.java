package cn.xxgk.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.identity.entity.Role;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The queues read the chain's one table: each state waits for whoever takes the step that moves it on. */
class ChainStepsTest {

    @Test
    void eachStateWaitsForTheRoleOfItsNextStep() {
        assertEquals(EnumSet.of(GovInfoState.DRAFT), ChainSteps.waitingFor(r -> r == Role.DEPT_STAFF));
        assertEquals(EnumSet.of(GovInfoState.DRAFT), ChainSteps.waitingFor(r -> r == Role.DEPT_HEAD));
        assertEquals(EnumSet.of(GovInfoState.REVIEWED, GovInfoState.SECRECY_DOUBTFUL),
                ChainSteps.waitingFor(r -> r == Role.SECRECY_OFFICER));
        assertEquals(EnumSet.of(GovInfoState.SECRECY_PASSED), ChainSteps.waitingFor(r -> r == Role.LEADER_IN_CHARGE));
        assertEquals(EnumSet.of(GovInfoState.SECRECY_PASSED), ChainSteps.waitingFor(r -> r == Role.DIRECTOR));
        assertEquals(EnumSet.of(GovInfoState.CONFIRMED, GovInfoState.CONSULTATION, GovInfoState.REVIEWED,
                        GovInfoState.SECRECY_DOUBTFUL, GovInfoState.SIGNED_OFF, GovInfoState.CATALOGUED),
                ChainSteps.waitingFor(r -> r == Role.OFFICE_STAFF));
        assertEquals(EnumSet.noneOf(GovInfoState.class), ChainSteps.waitingFor(r -> r == Role.DISCIPLINE));
    }

    @Test
    void theFirstQueueIsTheEarliestStepThatWaitsForThePerson() {
        assertEquals(GovInfoState.CONFIRMED, ChainSteps.firstQueue(r -> r == Role.OFFICE_HEAD));
        assertEquals(GovInfoState.SECRECY_PASSED, ChainSteps.firstQueue(r -> r == Role.DIRECTOR));
        assertEquals(GovInfoState.PUBLISHED, ChainSteps.firstQueue(r -> false));
    }
}
