package cn.xxgk.request.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** What a request's consultations (Arts. 32-34) together say: the open one, a standing refusal, a consent. */
final class Consultations {

    private Consultations() {
    }

    /** The consultation waiting for its answer (at most one: a consultation pauses the request). */
    static Optional<Consultation> open(List<Consultation> all) {
        return all.stream().filter(Consultation::isOpen).reduce((first, second) -> second);
    }

    /** The latest third-party refusal not overridden in the public interest. */
    static Optional<Consultation> standingRefusal(List<Consultation> all) {
        return all.stream().filter(Consultation::isStandingRefusal).reduce((first, second) -> second);
    }

    /** A third party consented to the disclosure (Art. 32). */
    static boolean thirdPartyConsented(List<Consultation> all) {
        return all.stream().anyMatch(c -> c.getKind() == ConsultationKind.THIRD_PARTY
                && c.getAnswer() == ConsultationAnswer.CONSENT);
    }

    /** The latest day an answer ended a pause of the reply clock, or null. */
    static LocalDate lastAnswerOn(List<Consultation> all) {
        return all.stream().map(Consultation::getAnsweredOn).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
    }

    /** The days stated for the consultations' steps (sent, answered, override notice). */
    static Stream<LocalDate> stepDays(List<Consultation> all) {
        return all.stream().flatMap(c -> Stream.of(c.getSentOn(), c.getAnsweredOn(), c.getOverrideNoticeOn()));
    }
}
