package cn.xxgk.testsupport.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The public search's result page: the hit count, the hits with their marked words, the paging links. */
public final class PublicSearchPage extends PublicPage {

    PublicSearchPage(WebDriver driver) {
        super(driver);
    }

    public static PublicSearchPage open(WebDriver driver, String baseUrl, String query) {
        driver.get(baseUrl + "public/search?" + query);
        return new PublicSearchPage(driver);
    }

    public String hitCount() {
        return driver.findElement(By.id("hit-count")).getText();
    }

    public List<String> titles() {
        return driver.findElements(By.cssSelector("#hits .pub-hit-title")).stream().map(WebElement::getText).toList();
    }

    /** The words marked as matches in the titles and snippets. */
    public List<String> marked() {
        return driver.findElements(By.cssSelector("#hits mark")).stream().map(WebElement::getText).toList();
    }

    public String error() {
        List<WebElement> error = driver.findElements(By.id("search-error"));
        return error.isEmpty() ? "" : error.getFirst().getText();
    }

    public PublicEntryPage open(String title) {
        follow(By.xpath("//ol[@id='hits']//a[normalize-space()='" + title + "']"));
        return new PublicEntryPage(driver);
    }
}
