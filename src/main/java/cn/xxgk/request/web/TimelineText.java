package cn.xxgk.request.web;

import cn.xxgk.request.entity.RequestStep;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detail of a timeline step in the reader's language. The entity records each step's detail
 * as a short technical line ("clock start 2026-03-02", "THIRD_PARTY_ANSWERED ... CONSENT 2026-03-09");
 * this renders the few fixed words of each step's line through the bundle and names the codes
 * (channel, answer, outcome, reason, delivery) by their labels. What a person typed is left as it is.
 */
public final class TimelineText {

    /** A fixed part of a step's line: the pattern, and the bundle key of its rendering (the groups its arguments). */
    private record Shape(RequestStep step, Pattern pattern, String key) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(RequestStep.REGISTERED, Pattern.compile("([A-Z_]+) (\\S+)"), "request.timeline.registered"),
            new Shape(RequestStep.ACCEPTED, Pattern.compile("clock start (\\S+)"), "request.timeline.accepted"),
            new Shape(RequestStep.RECEIPT_CONFIRMED, Pattern.compile("received (\\S+)"), "request.timeline.receiptConfirmed"),
            new Shape(RequestStep.ACCEPTED, Pattern.compile("clock start moved from (\\S+) to (\\S+)"),
                    "request.timeline.acceptedMoved"),
            new Shape(RequestStep.CONSULTATION_LETTER_RECEIVED, Pattern.compile("(.*): (\\S+)", Pattern.DOTALL),
                    "request.timeline.letterReceived"),
            new Shape(RequestStep.SPLIT_OFF, Pattern.compile("part (\\d+) of (\\S+)"), "request.timeline.splitOff"),
            new Shape(RequestStep.CORRECTION_NOTICE_SENT, Pattern.compile("sent (\\S+), correct by (\\S+): (.*)", Pattern.DOTALL),
                    "request.timeline.correctionNotice"),
            new Shape(RequestStep.CORRECTION_RECEIVED, Pattern.compile("received (\\S+?)(?:: (.*))?", Pattern.DOTALL),
                    "request.timeline.correctionReceived"),
            new Shape(RequestStep.ABANDONED, Pattern.compile("correction due (\\S+)"), "request.timeline.abandoned"),
            new Shape(RequestStep.THIRD_PARTY_CONSULTED, Pattern.compile("(.*), sent (\\S+): (.*)", Pattern.DOTALL),
                    "request.timeline.consulted"),
            new Shape(RequestStep.AGENCY_CONSULTED, Pattern.compile("(.*), sent (\\S+): (.*)", Pattern.DOTALL),
                    "request.timeline.consulted"),
            new Shape(RequestStep.THIRD_PARTY_ANSWERED, Pattern.compile("(.*): (CONSENT|REFUSAL|SILENCE) (\\S+)(?: (.*))?", Pattern.DOTALL),
                    "request.timeline.answered"),
            new Shape(RequestStep.AGENCY_ANSWERED, Pattern.compile("(.*): (CONSENT|REFUSAL|SILENCE) (\\S+)(?: (.*))?", Pattern.DOTALL),
                    "request.timeline.answered"),
            new Shape(RequestStep.EXTENSION_REQUESTED, Pattern.compile("(\\d+): (.*)", Pattern.DOTALL),
                    "request.timeline.extensionRequested"),
            new Shape(RequestStep.EXTENSION_APPROVED, Pattern.compile("(\\d+)(?:: (.*))?", Pattern.DOTALL),
                    "request.timeline.extensionApproved"),
            new Shape(RequestStep.REPLIED, Pattern.compile("([A-Z_]+)(?:/([A-Z_]+))? (\\S+)"), "request.timeline.replied"),
            new Shape(RequestStep.DELIVERED, Pattern.compile("([A-Z_]+) (\\S+)(?: (.*))?", Pattern.DOTALL),
                    "request.timeline.delivered"),
            new Shape(RequestStep.REPORTED_BACK, Pattern.compile("(\\S+): (.*) letters \\[.*]", Pattern.DOTALL),
                    "request.timeline.reportedBack"),
            new Shape(RequestStep.REASONS_ASKED, Pattern.compile("asked (\\S+): (.*)", Pattern.DOTALL),
                    "request.timeline.reasonsAsked"),
            new Shape(RequestStep.ASSIGNED, Pattern.compile("(.+)"), "request.timeline.assigned"));

    /** The bundle key under which a code of each group is named, by step and group (1-based); null: as typed. */
    private static String codeKey(RequestStep step, int group) {
        return switch (step) {
            case REGISTERED -> group == 1 ? "request.channel." : null;
            case THIRD_PARTY_ANSWERED, AGENCY_ANSWERED -> group == 2 ? "request.answer." : null;
            case REPLIED -> group == 1 ? "request.outcome." : group == 2 ? "request.reason." : null;
            case DELIVERED -> group == 1 ? "request.delivery." : null;
            default -> null;
        };
    }

    private TimelineText() {
    }

    /**
     * The line to show for a step's recorded detail.
     *
     * @param bundle the text of a bundle key in the reader's language, without arguments: a code's
     *               label, or a step's pattern whose arguments this fills in
     */
    public static String detail(RequestStep step, String comment, UnaryOperator<String> bundle) {
        if (comment == null) {
            return "";
        }
        for (Shape shape : SHAPES) {
            if (shape.step() != step) {
                continue;
            }
            Matcher m = shape.pattern().matcher(comment);
            if (m.matches()) {
                Object[] arguments = new Object[m.groupCount()];
                for (int g = 1; g <= m.groupCount(); g++) {
                    String value = m.group(g) == null ? "" : m.group(g);
                    String prefix = codeKey(step, g);
                    arguments[g - 1] = prefix == null || value.isEmpty() ? value : bundle.apply(prefix + value);
                }
                // a part left out (no reason, no text) leaves no double space or space before a punctuation mark
                return new MessageFormat(bundle.apply(shape.key()), Locale.ROOT).format(arguments)
                        .replaceAll(" {2,}", " ").replaceAll(" ([，：）,:)])", "$1").strip();
            }
        }
        return comment;
    }
}
