package cn.xxgk.request.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.request.entity.IdentityDocumentType;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void theStandardsExamplesAreValidIncludingACheckCharacterX() {
        assertEquals(Optional.empty(), ResidentIdNumber.flaw("11010519491231002X", TODAY));
        assertEquals('X', ResidentIdNumber.checkCharacter("41010519900307123"));
        assertEquals('4', ResidentIdNumber.checkCharacter("44052418800101001"), "the standard's other example");
        assertEquals(Optional.empty(), ResidentIdNumber.flaw("41010519900307123X", TODAY));
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertEquals(Optional.of("request.invalid.idNumber.checksum"), ResidentIdNumber.flaw("410105199003071234", TODAY));
        assertEquals(Optional.of("request.invalid.idNumber.checksum"), ResidentIdNumber.flaw("110105194912310021", TODAY));
    }

    @Test
    void aLowerCaseXIsTheSameNumber() {
        String typed = ResidentIdNumber.normalise(" 41010519900307123x ");
        assertEquals("41010519900307123X", typed);
        assertEquals(Optional.empty(), ResidentIdNumber.flaw(typed, TODAY));
    }

    @Test
    void theBirthDateMustExistAndLieBetween1900AndToday() {
        assertEquals(Optional.of("request.invalid.idNumber.birthDate"), ResidentIdNumber.flaw(valid("41010519900230"), TODAY));
        assertEquals(Optional.of("request.invalid.idNumber.birthDate"), ResidentIdNumber.flaw(valid("41010520270101"), TODAY));
        assertEquals(Optional.of("request.invalid.idNumber.birthDate"), ResidentIdNumber.flaw(valid("41010518991231"), TODAY));
        assertEquals(Optional.empty(), ResidentIdNumber.flaw(valid("41010520000229"), TODAY), "a leap day exists in 2000");
    }

    @Test
    void lengthAndCharactersAreChecked() {
        assertEquals(Optional.of("request.invalid.idNumber.length"), ResidentIdNumber.flaw("410105900307123", TODAY));
        assertEquals(Optional.of("request.invalid.idNumber.characters"), ResidentIdNumber.flaw("4101051990030712AX", TODAY));
        assertEquals(Optional.of("request.invalid.idNumber.characters"), ResidentIdNumber.flaw("41010519900307123Y", TODAY));
    }

    @Test
    void socialCreditCodesAreCheckedByGb32100() {
        assertEquals(Optional.empty(), SocialCreditCode.flaw("91350100M000100Y43"));
        assertEquals(Optional.of("request.invalid.creditCode.checksum"), SocialCreditCode.flaw("91350100M000100Y44"));
        assertEquals(Optional.of("request.invalid.creditCode.characters"), SocialCreditCode.flaw("91350100M000100I43"));
        assertEquals(Optional.of("request.invalid.creditCode.length"), SocialCreditCode.flaw("91350100M000100Y4"));
    }

    @Test
    void otherDocumentsNeedPlausibleCharacters() {
        assertTrue(IdentityDocuments.flaw(IdentityDocumentType.PASSPORT, "E12345678", TODAY).isEmpty());
        assertEquals(Optional.of("request.invalid.idNumber.other"), IdentityDocuments.flaw(IdentityDocumentType.PASSPORT, "E1#", TODAY));
        assertEquals(Optional.of("request.invalid.idNumberRequired"), IdentityDocuments.flaw(IdentityDocumentType.PASSPORT, "", TODAY));
        assertEquals(Optional.of("request.invalid.idNumber.checksum"),
                IdentityDocuments.flaw(IdentityDocumentType.RESIDENT_ID_CARD, "410105199003071234", TODAY));
    }

    @Test
    void theMaskShowsRegionAndLastFourOnly() {
        assertEquals("4101**********123X", IdentityDocuments.mask("41010519900307123X"));
        assertEquals("E******78", IdentityDocuments.mask("E12345678"));
        assertEquals("****", IdentityDocuments.mask("1234"));
        String masked = IdentityDocuments.mask("41010519900307123X");
        assertTrue(!masked.contains("19900307"), "the birth date is hidden");
    }

    /** The first fourteen characters plus a sequence and the right check character. */
    static String valid(String first14) {
        String first17 = first14 + "123";
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
