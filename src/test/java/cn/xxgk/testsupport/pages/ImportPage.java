package cn.xxgk.testsupport.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 导入历史目录: the mode, the upload, the job's progress bar, outcome and refused rows. */
public final class ImportPage {

    private final WebDriver driver;

    private ImportPage(WebDriver driver) {
        this.driver = driver;
    }

    public static ImportPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "catalogue/import.xhtml");
        Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("import-intro")));
        return new ImportPage(driver);
    }

    /** "只检查（不导入）" or "检查并导入". */
    public ImportPage mode(String label) {
        Prime.clickLabel(driver, "import:mode", label);
        return this;
    }

    /** Uploads the file (at once) and waits until the job's outcome is shown (the bar polls until then). */
    public ImportPage upload(Path file) {
        String before = outcome();
        driver.findElement(By.cssSelector("[id='import:upload'] input[type='file']")).sendKeys(file.toString());
        Prime.waitOn(driver).ignoring(StaleElementReferenceException.class).until(d -> {
            String now = outcome();
            return !now.equals(before) && !now.startsWith("正在");
        });
        return this;
    }

    public String outcome() {
        return driver.findElements(By.id("job-state")).stream().findFirst().map(WebElement::getText).orElse("");
    }

    public String progress() {
        return driver.findElements(By.id("import:progress")).stream().findFirst().map(WebElement::getText).orElse("");
    }

    public String refusals() {
        return driver.findElements(By.id("import:refusals")).stream().findFirst().map(WebElement::getText).orElse("");
    }
}
