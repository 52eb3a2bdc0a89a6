package cn.xxgk.letter.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.AgencySetup;
import cn.xxgk.identity.entity.Agency;
import cn.xxgk.letter.control.LetterData;
import cn.xxgk.letter.control.LetterFont;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.letter.control.LetterRenderer;
import cn.xxgk.letter.control.ReplyWording;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The boundary completes a letter with the installation's agency, reviewing government and municipal office. */
class LettersTest {

    final Letters letters = letters("开封市大数据管理局", "MB9999999");

    static Letters letters(String agencyName, String organisationCode) {
        Letters letters = new Letters();
        letters.agencies = new AgencySetup() {
            @Override
            public Agency currentAgency() {
                return new Agency(organisationCode, agencyName, LocalDateTime.of(2026, 1, 1, 0, 0));
            }
        };
        letters.renderer = new LetterRenderer(List.of(LetterFont.DEFAULT_CANDIDATES.split(",")));
        letters.reviewBody = "郑州市人民政府";
        letters.municipalOffice = "郑州市人民政府办公厅政务公开办公室";
        return letters;
    }

    static LetterData.Builder reply() {
        return LetterData.builder()
                .letterDate(LocalDate.of(2026, 11, 25))
                .applicantName("刘洋")
                .requestNumber("YSQ-2026-00031")
                .receivedDate(LocalDate.of(2026, 11, 2))
                .informationSought("本局2025年政府信息公开工作年度报告")
                .outcome(ReplyWording.ALREADY_PUBLISHED)
                .informationProvided("本局门户网站“政府信息公开”栏目");
    }

    @Test
    void theAgencyAndTheReviewingGovernmentComeFromTheInstallationWhenNotGiven() throws IOException {
        String text = text(letters.render(LetterKind.REPLY, reply().build()));

        assertTrue(text.contains("开封市大数据管理局2026年11月25日"), text);
        assertTrue(text.contains("六十日内向郑州市人民政府申请行政复议"), text);
    }

    @Test
    void whatTheCallerGivesIsKept() throws IOException {
        String text = text(letters.render(LetterKind.REPLY, reply().agencyName("郑州市大数据管理局").reviewBody("郑州市人民政府（复议）").build()));

        assertTrue(text.contains("郑州市大数据管理局2026年11月25日"), text);
        assertTrue(text.contains("六十日内向郑州市人民政府（复议）申请行政复议"), text);
    }

    @Test
    void theReportBackGoesToTheConfiguredMunicipalOffice() {
        LetterData completed = letters.completed(reply().build());

        assertEquals("郑州市人民政府办公厅政务公开办公室", completed.municipalOffice());
        assertEquals("MB9999999", completed.organisationCode());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
