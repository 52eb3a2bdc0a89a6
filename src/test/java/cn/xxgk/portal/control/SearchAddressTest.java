package cn.xxgk.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchAddressTest {

    @Test
    void keepsTheFiltersEncodedAndLeavesOutEmptyOnes() {
        SearchAddress address = new SearchAddress("公开 制度&x", "DECISIONS", "", null, "2019", "date");

        assertEquals("q=%E5%85%AC%E5%BC%80+%E5%88%B6%E5%BA%A6%26x&category=DECISIONS&year=2019&sort=date&page=3",
                address.page(3));
    }

    @Test
    void theFirstPageHasNoPageParameter() {
        assertEquals("q=a", new SearchAddress("a", null, null, null, null, null).page(1));
    }

    @Test
    void sortingStartsAgainAtTheFirstPage() {
        assertEquals("q=a&sort=relevance", new SearchAddress("a", null, null, null, null, "date").sorted("relevance"));
    }
}
