package cn.xxgk.request.web;

import cn.xxgk.letter.control.LetterTemplates;
import cn.xxgk.platform.web.Messages;
import cn.xxgk.request.boundary.IssuedLetter;
import cn.xxgk.request.boundary.RequestLetters;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs WEB-INF/includes/request/letters.xhtml: the letters kept with one request (its id comes from
 * the including page as the ui:param requestId). Read once per HTTP request, not per view: a step
 * taken on the page issues a letter, and the list re-rendered after it must show it.
 */
@Named("requestLettersView")
@ViewScoped
public class LettersView implements Serializable {

    @Inject
    RequestLetters letters;

    @Inject
    Messages messages;

    /** The request's letters, oldest first. */
    public List<Row> list(Object requestId) {
        Long id = id(requestId);
        if (id == null) {
            return List.of();
        }
        Map<Object, Object> perRequest = FacesContext.getCurrentInstance().getAttributes();
        @SuppressWarnings("unchecked")
        List<Row> rows = (List<Row>) perRequest.computeIfAbsent(LettersView.class.getName() + "." + id,
                key -> letters.list(id).stream().map(this::row).toList());
        return rows;
    }

    private Row row(IssuedLetter l) {
        String outcome = l.outcome() == null ? null : LetterTemplates.outcomeLabel(l.outcome());
        return new Row(l.id(), messages.text("letter.kind." + l.kind().name()), outcome, l.number(), l.letterDate(),
                l.addressee());
    }

    private static Long id(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof Number n ? Long.valueOf(n.longValue()) : Long.valueOf(value.toString().strip());
    }

    /** One letter as the table shows it; {@code outcome} is the reply's wording, in Chinese as the letter states it. */
    public record Row(Long id, String kind, String outcome, String number, LocalDate date, String addressee)
            implements Serializable {
    }
}
