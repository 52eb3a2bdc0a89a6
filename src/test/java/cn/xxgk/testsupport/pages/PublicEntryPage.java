package cn.xxgk.testsupport.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A published entry: the header block, the body, the attachments. */
public final class PublicEntryPage extends PublicPage {

    PublicEntryPage(WebDriver driver) {
        super(driver);
    }

    public static PublicEntryPage open(WebDriver driver, String baseUrl, String indexNumber) {
        driver.get(baseUrl + "public/entry/" + indexNumber);
        return new PublicEntryPage(driver);
    }

    /** A value of the header block by its label (索引号, 发布机构, 主题分类, 成文日期, 发布日期, 文号, 文种). */
    public String header(String label) {
        return driver.findElement(By.xpath("//table[@id='header-block']//th[normalize-space()='" + label + "']/following-sibling::td"))
                .getText();
    }

    public String body() {
        return driver.findElement(By.id("entry-body")).getText();
    }

    public List<String> attachments() {
        return driver.findElements(By.cssSelector("#attachments a")).stream().map(WebElement::getText).toList();
    }

    /** The SHA-256 the page shows for an attachment. */
    public String shownHash(String fileName) {
        return driver.findElement(By.xpath("//ul[@id='attachments']/li[a[normalize-space()='" + fileName + "']]//span[@class='pub-hash']"))
                .getText();
    }

    /** Clicks the attachment's link and waits until the browser has saved it in {@code folder}. */
    public Path download(String fileName, Path folder) {
        ((org.openqa.selenium.chromium.ChromiumDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
        driver.findElement(By.xpath("//ul[@id='attachments']//a[normalize-space()='" + fileName + "']")).click();
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage("no download of " + fileName + " in " + folder)
                .until(d -> {
                    try (Stream<Path> files = Files.list(folder)) {
                        return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                                .filter(f -> f.toFile().length() > 0).findFirst().orElse(null);
                    } catch (IOException e) {
                        return null;
                    }
                });
    }
}
