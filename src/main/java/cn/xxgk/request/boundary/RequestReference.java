package cn.xxgk.request.boundary;

import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.RequestState;
import java.time.LocalDate;

/**
 * What another component (review cases, assessment) needs to know of a request: which one it is,
 * when it was received, where it stands, when it was replied to and who handles it. No personal data.
 */
public record RequestReference(Long id, String number, LocalDate receivedOn, RequestState state, LocalDate repliedOn,
                               String handler) {

    static RequestReference of(DisclosureRequest r) {
        return new RequestReference(r.getId(), r.getNumber(), r.getReceivedOn(), r.getState(),
                r.getReply().getRepliedOn(), r.getHandler());
    }

    /** The reply is made (答复已作出): the applicant may rate it, a review may be brought against it. */
    public boolean isReplied() {
        return repliedOn != null;
    }
}
