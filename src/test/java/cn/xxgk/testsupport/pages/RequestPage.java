package cn.xxgk.testsupport.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 申请详情: one request with its applicant, deadline, timeline and the forms of the steps the user may take. */
public final class RequestPage {

    private final WebDriver driver;
    private final long id;
    private final String state;
    private final String deadline;
    private final String timeline;
    private final String messages;
    private final String number;
    private final String idNumberShown;
    private final String outcome;
    private final String consultations;
    private final String extension;
    private final String handler;

    /** Reads what the page shows at once, so that a test can still look at it after logging out. */
    private RequestPage(WebDriver driver) {
        this.driver = driver;
        this.id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        this.state = text("request-state");
        this.deadline = text("request-deadline");
        this.timeline = text("timeline");
        this.messages = text("messages");
        this.number = text("request-number");
        this.idNumberShown = text("id-number");
        this.outcome = text("request-outcome");
        this.consultations = text("consultations");
        this.extension = text("extension");
        this.handler = text("handler");
    }

    private String text(String elementId) {
        return driver.findElements(By.id(elementId)).stream().findFirst().map(WebElement::getText).orElse("");
    }

    public static RequestPage open(WebDriver driver, String baseUrl, long id) {
        driver.get(baseUrl + "request/view.xhtml?id=" + id);
        return at(driver);
    }

    public static RequestPage at(WebDriver driver) {
        Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("request-state")));
        return new RequestPage(driver);
    }

    public long id() { return id; }
    public String state() { return state; }
    /** The reply deadline as shown in the header ("" when no clock runs). */
    public String deadline() { return deadline; }
    public String timeline() { return timeline; }
    public String messages() { return messages; }

    public String number() {
        return number;
    }

    public String idNumberShown() {
        return idNumberShown;
    }

    public String outcome() {
        return outcome;
    }

    public String consultations() {
        return consultations;
    }

    public String extension() {
        return extension;
    }

    /** Who handles the request, as the page names them ("王办公（office）"). */
    public String handler() {
        return handler;
    }

    public boolean offers(String buttonId) {
        return !driver.findElements(By.id(buttonId)).isEmpty();
    }

    public RequestPage accept() {
        return step("accept:do-accept");
    }

    /** Consults a third party ("第三方") or another agency ("其他行政机关"), sent on the given day. */
    public RequestPage consult(String kindLabel, String party, String matter, String sentOn) {
        Prime.clickLabel(driver, "consult:kind", kindLabel);
        Prime.type(driver, "consult:party", party);
        Prime.type(driver, "consult:matter", matter);
        Prime.date(driver, "consult:sentOn", sentOn);
        return step("consult:do-consult");
    }

    /** Records the consulted party's answer ("同意公开" ...) received today. */
    public RequestPage answer(String answerLabel, String text) {
        Prime.clickLabel(driver, "answer:given", answerLabel);
        Prime.type(driver, "answer:answerText", text);
        return step("answer:do-answer");
    }

    public RequestPage requestExtension(int workingDays, String reason) {
        Prime.type(driver, "extension:days", String.valueOf(workingDays));
        Prime.type(driver, "extension:extensionReason", reason);
        return step("extension:do-extension");
    }

    /** Asks for an extension that the boundary refuses: the page stays, with the refusal shown. */
    public RequestPage requestExtensionExpectingRefusal(int workingDays, String reason) {
        Prime.type(driver, "extension:days", String.valueOf(workingDays));
        Prime.type(driver, "extension:extensionReason", reason);
        return refusedAt("extension:do-extension");
    }

    public RequestPage approveExtension(String comment) {
        Prime.type(driver, "extension-decision:decisionComment", comment);
        return step("extension-decision:approve");
    }

    /** Replies with an outcome ("予以公开" ...), a reason where it has one (else null), the text and how to obtain it. */
    public RequestPage reply(String outcomeLabel, String reasonLabel, String text, String howToObtain) {
        Prime.choose(driver, "reply:outcome", outcomeLabel);
        if (reasonLabel != null) {
            Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("reply:reason")));
            Prime.choose(driver, "reply:reason", reasonLabel);
        }
        if (howToObtain != null) {
            Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("reply:howToObtain")));
            Prime.type(driver, "reply:howToObtain", howToObtain);
        }
        Prime.type(driver, "reply:replyText", text);
        return step("reply:do-reply");
    }

    /** The outcomes the reply form offers, as the drop-down lists them (the empty choice left out). */
    public List<String> outcomeChoices() {
        return Prime.options(driver, "reply:outcome").stream().filter(RequestPage::chosen).toList();
    }

    /** The reasons the reply form offers once the outcome is chosen (nothing is sent). */
    public List<String> reasonChoices(String outcomeLabel) {
        List<WebElement> before = driver.findElements(By.id("reply:reason"));
        Prime.choose(driver, "reply:outcome", outcomeLabel);
        if (!before.isEmpty()) { // the reasons of the outcome chosen before, until the form is updated
            Prime.waitOn(driver).until(ExpectedConditions.stalenessOf(before.getFirst()));
        }
        Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("reply:reason")));
        return Prime.options(driver, "reply:reason").stream().filter(RequestPage::chosen).toList();
    }

    /** Not the empty first choice (PrimeFaces writes its label as a literal "&nbsp;"). */
    private static boolean chosen(String label) {
        return !label.isBlank() && !"&nbsp;".equals(label);
    }

    /** The names offered by the hand-over form (转交其他承办人), as the drop-down lists them (the empty choice left out). */
    public List<String> handlerChoices() {
        return Prime.options(driver, "assign:handler").stream().filter(label -> !label.isBlank()).toList();
    }

    /** Hands the request over to another user of the office, chosen by display name ("李主任"). */
    public RequestPage assignTo(String name) {
        Prime.choose(driver, "assign:handler", name);
        return step("assign:do-assign");
    }

    /** Chooses the new handler and expects the hand-over to be refused: the page stays, with the refusal shown. */
    public RequestPage assignExpectingRefusal(String name) {
        Prime.choose(driver, "assign:handler", name);
        return refusedAt("assign:do-assign");
    }

    /**
     * The message shown next to a field of a step's form (client id, e.g. "extension:days"), live from
     * the page, or "" when there is none.
     */
    public String fieldMessage(String clientId) {
        return Prime.fieldMessage(driver, clientId, "xxgk-field");
    }

    /** What an input of a step's form holds now (client id of the input). */
    public String typed(String inputClientId) {
        return driver.findElement(By.id(inputClientId)).getAttribute("value");
    }

    /** The office head shows the full number, giving a purpose; returns the number shown. */
    public String revealIdNumber(String purpose) {
        Prime.type(driver, "reveal:purpose", purpose);
        driver.findElement(By.id("reveal:show")).click();
        return Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("full-id-number"))).getText();
    }

    /**
     * Clicks a step's button and waits for its refusal: a message on a field of the form or at the top of
     * the page (the form is rendered again in place: no redirect).
     */
    public RequestPage refusedAt(String buttonId) {
        driver.findElement(By.id(buttonId)).click();
        Prime.waitOn(driver).until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#actions .ui-message-error")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-error"))));
        return at(driver);
    }

    /** Clicks a step's button and waits for the page to come back (after the redirect, or with a message). */
    public RequestPage step(String buttonId) {
        WebElement button = driver.findElement(By.id(buttonId));
        button.click();
        Prime.waitOn(driver).until(ExpectedConditions.or(ExpectedConditions.stalenessOf(button),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-error"))));
        return at(driver);
    }
}
