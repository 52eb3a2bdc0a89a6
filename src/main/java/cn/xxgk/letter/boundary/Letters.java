package cn.xxgk.letter.boundary;

import cn.xxgk.identity.boundary.AgencySetup;
import cn.xxgk.identity.entity.Agency;
import cn.xxgk.letter.control.LetterData;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.letter.control.LetterRenderer;
import cn.xxgk.letter.control.RecordSheet;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders the letters of the request procedure for other components (the request component keeps
 * each PDF with its request). What a caller leaves out and the installation knows is filled in: the
 * agency's name and organisation code (from {@link AgencySetup}), the people's government that hears
 * an administrative review, and the municipal office a forwarded request is reported back to.
 * <p>
 * Open to every caller: it renders the data it is given and reads nothing private; who may see a
 * request and its letters is the request component's check. The bean pool bounds how many letters
 * are laid out at once.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Letters {

    @Inject
    AgencySetup agencies;

    @Inject
    LetterRenderer renderer;

    /** Art. 51 and the Administrative Review Law (2023): a municipal bureau is reviewed by the municipal government. */
    @Inject
    @ConfigProperty(name = "xxgk.letters.review-body", defaultValue = "郑州市人民政府")
    String reviewBody;

    @Inject
    @ConfigProperty(name = "xxgk.letters.municipal-office", defaultValue = "郑州市人民政府办公厅政务公开办公室")
    String municipalOffice;

    /**
     * The PDF of a letter (A4, PDF/A-2u, the font embedded).
     *
     * @throws cn.xxgk.platform.control.InvalidInputException when the letter lacks what its kind needs
     */
    public byte[] render(LetterKind kind, LetterData data) {
        return renderer.render(kind, completed(data));
    }

    /**
     * A text written into another component's document for {@link #renderDocument}: the five XML
     * specials escaped, code points XML 1.0 does not allow dropped (as the letters' own texts).
     */
    public static String xmlText(String value) {
        return cn.xxgk.letter.control.LetterTemplates.escapeXml(value);
    }

    /**
     * Another component's document as PDF/A-2u with the letters' embedded font (the annual report):
     * its stylesheet names the family "LetterSerif"; texts are the user-written parts it prints.
     *
     * @throws cn.xxgk.platform.control.InvalidInputException when a text has a character no font has
     */
    public byte[] renderDocument(String xhtml, java.util.List<String> texts, String what) {
        return renderer.renderDocument(xhtml, texts, what);
    }

    /** The PDF/A of a record sheet (the archive's printed copy of a request or an item), in the letters' font. */
    public byte[] render(RecordSheet sheet) {
        return renderer.render(sheet);
    }

    /** Whom the letter is addressed to: the applicant, the third party or consulted agency, or the municipal office (configured default included). */
    public String addressee(LetterKind kind, LetterData data) {
        return switch (kind.recipient()) {
            case APPLICANT -> data.applicantName();
            case THIRD_PARTY, OTHER_AGENCY -> data.thirdPartyName();
            case MUNICIPAL_OFFICE -> blank(data.municipalOffice()) ? municipalOffice : data.municipalOffice();
        };
    }

    /** The data with the installation's defaults where the caller gave nothing. */
    LetterData completed(LetterData data) {
        LetterData.Builder builder = data.toBuilder();
        if (blank(data.agencyName())) {
            Agency agency = agencies.currentAgency();
            builder.agencyName(agency.getName());
            if (blank(data.organisationCode())) {
                builder.organisationCode(agency.getOrganisationCode());
            }
        }
        if (blank(data.reviewBody())) {
            builder.reviewBody(reviewBody);
        }
        if (blank(data.municipalOffice())) {
            builder.municipalOffice(municipalOffice);
        }
        return builder.build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
