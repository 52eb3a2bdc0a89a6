package cn.xxgk.letter.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Sample letters and reading them back, for the letter tests and the render benchmark. */
final class SampleLetters {

    static final String AGENCY = "郑州市大数据管理局";
    static final String APPLICANT = "张晓明";
    static final String REQUEST = "YSQ-2026-00012";
    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 3);
    static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 25);
    static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    static final LocalDate RESPOND_BY = LocalDate.of(2026, 12, 16);

    private SampleLetters() {
    }

    /** Every field filled: valid for every kind and outcome. */
    static LetterData.Builder complete(ReplyWording outcome) {
        return LetterData.builder()
                .agencyName(AGENCY)
                .organisationCode("MB1532375")
                .letterNumber("郑大数据依申〔2026〕12号")
                .letterDate(LETTER_DATE)
                .agencyContact("王敏，0371-67188888")
                .reviewBody("郑州市人民政府")
                .applicantName(APPLICANT)
                .requestNumber(REQUEST)
                .queryCode("K7Q2-M9XD")
                .receivedDate(RECEIVED)
                .informationSought("2025年度郑州市大数据产业发展专项资金的分配结果")
                .outcome(outcome)
                .details("申请所述“专项资金”未写明具体项目名称。")
                .informationProvided("见附件《2025年度专项资金分配结果》，共3页。")
                .dueDate(DUE)
                .respondBy(RESPOND_BY)
                .extensionDays(15)
                .thirdPartyName("河南云数科技有限公司")
                .competentAgency("郑州市财政局")
                .competentAgencyContact("0371-67181234")
                .earlierRequestNumber("YSQ-2026-00003")
                .municipalOffice("郑州市人民政府办公厅政务公开办公室")
                .handoverReference("郑政公开转〔2026〕7号")
                .replyDate(LocalDate.of(2026, 11, 24))
                .replyLetterNumber("郑大数据依申〔2026〕11号")
                .enclosures(List.of("政府信息公开申请答复书", "政府信息公开申请登记回执"));
    }

    /** The text of a PDF, as a reader copying it would get it. */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without white space: lines wrap anywhere in Chinese text. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
