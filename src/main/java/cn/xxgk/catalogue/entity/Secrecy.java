package cn.xxgk.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The secrecy review (保密审查, seed 三): a doubtful case's question to the competent department or
 * the secrecy administration and its answer (seed 三(四)), or the classification: its level, who
 * classified and when. A classified item keeps only metadata here; the content is erased at this
 * step and the item never publishes ({@link GovInfo#classify}).
 */
@Embeddable
public class Secrecy {

    @Column(name = "secrecy_question", length = 2000)
    private String secrecyQuestion;

    @Column(name = "secrecy_answer", length = 2000)
    private String secrecyAnswer;

    @Enumerated(EnumType.STRING)
    @Column(name = "classification_level", length = 16)
    private ClassificationLevel classificationLevel;

    @Column(name = "classified_by", length = 100)
    private String classifiedBy;

    @Column(name = "classified_at")
    private LocalDateTime classifiedAt;

    protected Secrecy() {
    }

    void doubt(String question) {
        secrecyQuestion = question.strip();
    }

    /** The answer that came back on a doubtful case (required there, ignored otherwise). */
    void answer(String answer) {
        secrecyAnswer = answer.strip();
    }

    static void requireLevel(ClassificationLevel level) {
        if (level == null) {
            throw new cn.xxgk.platform.control.InvalidInputException("catalogue.invalid.levelRequired");
        }
    }

    void classify(ClassificationLevel level, String by, LocalDateTime at) {
        classificationLevel = Objects.requireNonNull(level);
        classifiedBy = Objects.requireNonNull(by);
        classifiedAt = Objects.requireNonNull(at);
    }

    public boolean isClassified() {
        return classificationLevel != null;
    }

    public String getSecrecyQuestion() { return secrecyQuestion; }
    public String getSecrecyAnswer() { return secrecyAnswer; }
    public ClassificationLevel getClassificationLevel() { return classificationLevel; }
    public String getClassifiedBy() { return classifiedBy; }
    public LocalDateTime getClassifiedAt() { return classifiedAt; }
}
