package cn.xxgk.letter;

import cn.xxgk.letter.boundary.Letters;
import cn.xxgk.letter.control.LetterData;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.letter.control.ReplyWording;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/**
 * Test-only: added to the WAR by {@link LettersIT}, so that the test can have the letters boundary
 * render a letter inside Payara the way the request component will (the agency taken from the
 * database). It leaves the agency and the reviewing government to the boundary.
 */
@Path("letter-probe")
@RequestScoped
public class LetterProbe {

    @Inject
    Letters letters;

    @GET
    @Path("{kind}")
    @Produces("application/pdf")
    public byte[] render(@PathParam("kind") LetterKind kind, @QueryParam("outcome") ReplyWording outcome,
            @QueryParam("competentAgency") String competentAgency) {
        return letters.render(kind, LetterData.builder()
                .letterNumber("郑大数据依申〔2026〕12号")
                .letterDate(LocalDate.of(2026, 11, 25))
                .applicantName("张晓明")
                .requestNumber("YSQ-2026-00012")
                .receivedDate(LocalDate.of(2026, 11, 3))
                .informationSought("2025年度郑州市大数据产业发展专项资金的分配结果")
                .outcome(outcome)
                .competentAgency(competentAgency)
                .dueDate(LocalDate.of(2026, 12, 1))
                .replyDate(LocalDate.of(2026, 11, 24))
                .build());
    }
}
