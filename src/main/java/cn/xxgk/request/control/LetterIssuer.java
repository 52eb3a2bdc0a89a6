package cn.xxgk.request.control;

import cn.xxgk.letter.boundary.Letters;
import cn.xxgk.letter.control.LetterData;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.RequestLetter;
import cn.xxgk.request.entity.RequestStep;
import cn.xxgk.request.entity.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Issues a letter at a step of the procedure, inside the step's own transaction: gives it the next
 * letter number, has the letter component render it, and keeps the PDF with the request, naming
 * the step just recorded. A letter the renderer refuses (a kind's required data missing, a character
 * the font cannot print) fails the whole step, which is then rolled back with its number: a step
 * never stands without its letter, nor a letter without its step.
 */
@ApplicationScoped
public class LetterIssuer {

    private static final Logger LOG = Logger.getLogger(LetterIssuer.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Letters letters;

    @Inject
    LetterNumberAllocator numbers;

    /**
     * The letter of the step the request has just recorded.
     *
     * @param at the step that sends the letter: its latest entry in the timeline is named
     * @param data what the letter says, without its number (given here)
     */
    public RequestLetter issue(DisclosureRequest request, RequestStep at, LetterKind kind, LetterData data,
                               String actor, LocalDateTime now) {
        long started = System.nanoTime();
        em.flush(); // the request and the step are stored: the letter names both by id
        TimelineEntry step = request.getTimeline().reversed().stream().filter(t -> t.getStep() == at).findFirst()
                .orElseThrow(() -> new IllegalStateException("request " + request.getNumber() + " has no step " + at));
        String number = numbers.next(data.letterDate().getYear());
        LetterData numbered = data.toBuilder().letterNumber(number).build();
        byte[] pdf = letters.render(kind, numbered);
        RequestLetter letter = RequestLetter.issued(request, step, kind, numbered.outcome(), number,
                numbered.letterDate(), letters.addressee(kind, numbered), pdf, sha256(pdf), actor, now);
        em.persist(letter);
        em.flush();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        LOG.info(() -> "Issued letter " + letter.getId() + " " + kind + " " + number + " for request "
                + request.getNumber() + ": " + pdf.length + " bytes in " + millis + " ms");
        return letter;
    }

    /** Lower-case hex SHA-256, as the table and the ETag carry it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", impossible);
        }
    }
}
