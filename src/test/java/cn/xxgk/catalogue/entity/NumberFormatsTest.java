package cn.xxgk.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The document number (文号) and index number (索引号) formats. */
class NumberFormatsTest {

    @Test
    void theSeedsDocumentNumberReads() {
        DocumentNumber number = DocumentNumber.parse("郑大数据〔2019〕23号").orElseThrow();

        assertEquals("郑大数据", number.organAbbreviation());
        assertEquals(2019, number.year());
        assertEquals(23, number.serial());
        assertEquals("郑大数据〔2019〕23号", number.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"郑大数据[2019]23号", "郑大数据（2019）23号", "郑大数据〔2019〕023号", "郑大数据〔19〕23号",
            "郑大数据〔2019〕23", "〔2019〕23号", "郑大数据〔2019〕号", "2019年23号", "郑大数据〔1800〕1号", ""})
    void malformedDocumentNumbersAreRefused(String text) {
        assertTrue(DocumentNumber.parse(text).isEmpty(), text);
    }

    @Test
    void theIndexNumberHasAFiveDigitSerial() {
        assertEquals("MB1532375/2019-00045", new IndexNumber("MB1532375", 2019, 45).toString());
        assertEquals("MB1532375/2026-12345", new IndexNumber("MB1532375", 2026, 12345).toString());
    }

    @Test
    void theIndexNumberReadsFromItsAddressAndWhole() {
        assertEquals(new IndexNumber("MB1532375", 2019, 45), IndexNumber.parse("MB1532375", "2019-00045").orElseThrow());
        assertEquals(new IndexNumber("MB1532375", 2019, 45), IndexNumber.parse("MB1532375/2019-00045").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MB1532375/2019-45", "MB1532375/2019-00000", "mb1532375/2019-00045", "MB1532375-2019-00045",
            "MB1532375/19-00045", "MB1532375/2019-000450", "/2019-00045"})
    void malformedIndexNumbersAreRefused(String text) {
        assertTrue(IndexNumber.parse(text).isEmpty(), text);
    }

    @Test
    void aSerialBeyondFiveDigitsCannotExist() {
        assertThrows(IllegalArgumentException.class, () -> new IndexNumber("MB1532375", 2026, 100_000));
        assertThrows(IllegalArgumentException.class, () -> new IndexNumber("MB1532375", 2026, 0));
    }
}
