package org.nashir.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page objects of the back office: each action returns the screen it leads to; none of them asserts. */
final class Screens {

    private Screens() {
    }

    /** Clicks something that loads a new page and waits until that page has replaced the old one. */
    static void clickThrough(ChromeDriver driver, WebElement target) {
        // A mark on the old page's window rather than Selenium's stalenessOf: ChromeDriver sometimes answers a
        // question about an element of a page being replaced with "unknown error: Node ... does not belong to
        // the document" instead of a stale-element error, and stalenessOf lets that through as a failure.
        driver.executeScript("window.nashirLeaving = true");
        target.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(
                d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                        "return !window.nashirLeaving && document.readyState === 'complete'")));
    }

    static SignIn signIn(ChromeDriver driver, String base) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/admin/login");
        return new SignIn(driver, base);
    }

    record SignIn(ChromeDriver driver, String base) {
        Stories as(String username, String password) {
            driver.findElement(By.id("username")).sendKeys(username);
            driver.findElement(By.id("password")).sendKeys(password);
            clickThrough(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
            return new Stories(driver, base);
        }
    }

    record Stories(ChromeDriver driver, String base) {
        Editor newStory() {
            clickThrough(driver, driver.findElement(By.linkText("خبر جديد")));
            return new Editor(driver, base);
        }

        Editor open(long id) {
            driver.get(base + "/admin/stories/" + id);
            return new Editor(driver, base);
        }

        List<String> headlines() {
            return driver.findElements(By.cssSelector("tbody td:nth-child(2) a")).stream().map(WebElement::getText).toList();
        }
    }

    record Editor(ChromeDriver driver, String base) {
        Editor headline(String text) {
            WebElement field = driver.findElement(By.id("headline"));
            field.clear();
            field.sendKeys(text);
            return this;
        }

        Editor section(String name) {
            select(By.id("sectionId"), name);
            return this;
        }

        /**
         * Adds a block by its Arabic label: in place, or (the related-news box) by the server, which answers with the
         * form as typed plus the new block. Either way the test goes on once the block is there.
         */
        Editor addBlock(String label) {
            int before = blocks();
            driver.findElements(By.cssSelector(".add-block button")).stream()
                    .filter(b -> b.getText().endsWith(label)).findFirst().orElseThrow().click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(
                    d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript("return document.readyState === 'complete'"))
                            && blocks() == before + 1);
            return this;
        }

        /** Types into a field as a person would: a paragraph's into its rich text, whose HTML the form then carries. */
        Editor type(String fieldName, String text) {
            WebElement field = driver.findElement(By.name(fieldName));
            if (!field.isDisplayed()) {
                WebElement rich = richText(fieldName);
                rich.click();
                rich.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
                return this;
            }
            field.clear();
            field.sendKeys(text);
            return this;
        }

        /** The rich text that stands for a paragraph's field when the editor's scripts run. */
        WebElement richText(String fieldName) {
            return driver.findElement(By.xpath("//textarea[@name='" + fieldName + "']/following-sibling::div[@class='rich']"
                    + "//div[@contenteditable='true']"));
        }

        /** Uses the related-news search of the editor's script to add a story by its headline. */
        Editor pickRelated(String words, String headline) {
            WebElement search = driver.findElement(By.cssSelector("fieldset.block--related input[type=search]"));
            WebElement ids = driver.findElement(By.cssSelector("fieldset.block--related input[name$='.articles']"));
            search.sendKeys(words);
            // the list is redrawn as answers arrive, so a button found a moment ago may already be gone
            new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d -> {
                d.findElements(By.cssSelector(".picker button")).stream().filter(b -> b.getText().equals(headline))
                        .findFirst().ifPresent(WebElement::click);
                return !ids.getAttribute("value").isBlank();
            });
            return this;
        }

        Editor choose(String fieldName, String visibleText) {
            select(By.name(fieldName), visibleText);
            return this;
        }

        /**
         * Chromium now and then reports a list found on a freshly loaded form as not belonging to the document,
         * so the list is found again until the choice has taken.
         */
        private void select(By list, String visibleText) {
            new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d -> {
                Select select = new Select(d.findElement(list));
                select.selectByVisibleText(visibleText);
                return select.getFirstSelectedOption().getText().equals(visibleText);
            });
        }

        Editor press(String action) {
            clickThrough(driver, driver.findElement(By.cssSelector("aside button[value=" + action + "]")));
            return this;
        }

        String status() {
            return driver.findElement(By.cssSelector("h1 .status")).getText();
        }

        long id() {
            return Long.parseLong(driver.getCurrentUrl().replaceAll(".*/admin/stories/(\\d+).*", "$1"));
        }

        int blocks() {
            return driver.findElements(By.cssSelector("#story-form fieldset.block")).size();
        }

        boolean offers(String action) {
            return !driver.findElements(By.cssSelector("aside button[value=" + action + "]")).isEmpty();
        }
    }
}
