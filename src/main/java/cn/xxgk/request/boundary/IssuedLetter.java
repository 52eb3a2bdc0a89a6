package cn.xxgk.request.boundary;

import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.letter.control.ReplyWording;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A letter kept with a request, as lists show it (without its PDF).
 *
 * @param stepId the timeline step that issued it
 * @param outcome the wording of the reply a reply letter or a report back states, else null
 */
public record IssuedLetter(Long id, Long requestId, Long stepId, LetterKind kind, ReplyWording outcome, String number,
                           LocalDate letterDate, String addressee, int sizeBytes, String createdBy,
                           LocalDateTime createdAt) implements Serializable {
}
