package org.nashir.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.article.Article;
import org.nashir.article.Permalinks;
import org.nashir.front.FrontDesk;
import org.nashir.reads.ReadCounter;
import org.nashir.section.Section;
import org.nashir.security.Actor;
import org.nashir.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The front as editors make it and readers see it, in a real Chromium: a story dragged into the lead and a section
 * to the top, seen on desktop and phone; a story read in the browser counted once, beside its most read list.
 */
class ReaderFrontBrowserIntegrationTests extends OneBrowserIntegrationTest {

    @Autowired
    FrontDesk fronts;

    @Autowired
    ReadCounter counter;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void unarrange() {
        fronts.arrangeHome(Actor.of(fixtures.staff(Role.EDITOR)), fronts.home().version(), Map.of(), List.of());
    }

    @Test
    void anEditorDragsAStoryIntoTheLeadAndASectionToTheTopAndReadersSeeItOnDesktopAndPhone() throws IOException {
        Section culture = fixtures.section("ثقافة " + Fixtures.unique());
        Article review = fixtures.article(culture).headline("قراءة في رواية الموسم")
                .publishedAt(Instant.now().minus(2, ChronoUnit.DAYS)).save();
        // enough for the top stories and the latest, which come before the section blocks, and a block besides
        for (int hour = 1; hour <= 16; hour++) {
            fixtures.article(culture).headline("معرض الكتاب في يومه " + hour).publishedAt(Instant.now().minus(hour, ChronoUnit.HOURS)).save();
        }
        Screens.signIn(driver, base).as(fixtures.staff(Role.EDITOR).username(), Fixtures.PASSWORD);
        driver.get(base + "/admin/front");

        WebElement story = driver.findElement(By.cssSelector(".front-story[data-story='" + review.id() + "']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", story);
        WebElement lead = driver.findElement(By.cssSelector(".front-slot[data-slot='0']"));
        new Actions(driver).clickAndHold(story).moveToElement(lead).release().perform();
        assertThat(driver.findElement(By.id("slot0")).getDomProperty("value")).isEqualTo(review.id().toString());

        WebElement block = driver.findElement(By.cssSelector(".front-block[data-section='" + culture.id() + "']"));
        WebElement first = driver.findElement(By.cssSelector(".front-block"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", first);
        new Actions(driver).clickAndHold(block.findElement(By.cssSelector(".front-handle")))
                .moveToElement(first, 0, -first.getSize().getHeight() / 2 + 2).release().perform();
        WebElement top = driver.findElement(By.cssSelector(".front-block"));
        assertThat(top.getDomAttribute("data-section")).isEqualTo(culture.id().toString());
        assertThat(top.findElement(By.cssSelector(".front-order")).getDomProperty("value")).isEqualTo("0");
        assertThat(Browser.seriousViolations(driver)).isEmpty();
        Files.write(Path.of("target", "front-desk.png"), driver.getScreenshotAs(OutputType.BYTES));

        Screens.clickThrough(driver, driver.findElement(By.cssSelector("#front-form button[type=submit]")));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("حُفظ الترتيب");

        for (Dimension size : List.of(new Dimension(1280, 1600), new Dimension(390, 844))) {
            driver.manage().window().setSize(size);
            driver.get(base + "/");
            assertThat(driver.findElement(By.cssSelector(".home-lead__title a")).getDomAttribute("href"))
                    .isEqualTo(Permalinks.article(review));
            assertThat(driver.findElement(By.cssSelector(".block--section .block__title")).getText()).isEqualTo(culture.name());
            if (size.getWidth() < 640) {
                driver.findElement(By.cssSelector(".menu > summary")).click();
            }
            assertThat(Browser.seriousViolations(driver)).isEmpty();
            Files.write(Path.of("target", "front-home-" + size.getWidth() + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
    }

    @Test
    void aStorySeenInTheBrowserIsCountedOnceAndShowsTheMostReadBesideIt() throws Exception {
        Section section = fixtures.section("قراءات " + Fixtures.unique());
        Article story = fixtures.article(section).headline("خبر يقرؤه متصفح حقيقي").save();
        driver.get(base + Permalinks.article(story));
        driver.navigate().refresh();

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        long reads = 0;
        while (reads == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            counter.flush();
            reads = jdbc.queryForObject("select coalesce(sum(reads), 0) from story_read where article_id = ?", Long.class, story.id());
        }
        Thread.sleep(300);
        counter.flush();
        assertThat(jdbc.queryForObject("select coalesce(sum(reads), 0) from story_read where article_id = ?", Long.class,
                story.id())).as("the same reader, seeing the page twice").isEqualTo(1);

        Article next = fixtures.article(section).headline("خبر آخر بجانبه").save();
        driver.get(base + Permalinks.article(next));
        assertThat(driver.findElements(By.cssSelector(".page-aside .most-read__list a")).stream()
                .map(a -> a.getDomAttribute("href")).toList()).contains(Permalinks.article(story));
        assertThat(Browser.seriousViolations(driver)).isEmpty();
        Files.write(Path.of("target", "story-aside-1280.png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void onAPhoneWithoutScriptTheSectionsMenuOpensAndLeadsToASectionAndSearchIsOneTapAway() throws IOException {
        Section arts = fixtures.section("فنون " + Fixtures.unique());
        fixtures.article(arts).headline("معرض للخط العربي").save();
        org.openqa.selenium.chrome.ChromeDriver phone = Browser.startWithoutScript();
        try {
            phone.manage().window().setSize(new Dimension(390, 844));
            phone.get(base + "/");
            assertThat(phone.findElement(By.cssSelector(".sections-nav")).isDisplayed()).isFalse();
            assertThat(phone.findElement(By.cssSelector(".site-search")).isDisplayed()).isFalse();
            WebElement link = phone.findElement(By.cssSelector(".menu__panel a[href='" + Permalinks.section(arts) + "']"));
            assertThat(link.isDisplayed()).isFalse();
            phone.findElement(By.cssSelector(".menu > summary")).click();
            assertThat(link.isDisplayed()).isTrue();
            Files.write(Path.of("target", "phone-menu-390.png"), phone.getScreenshotAs(OutputType.BYTES));
            link.click();
            assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo(arts.name());

            phone.findElement(By.cssSelector(".masthead__tools a[href='/search']")).click();
            assertThat(phone.findElement(By.cssSelector(".search-form input[name=q]")).isDisplayed()).isTrue();
            assertThat(phone.findElement(By.cssSelector(".search-form select[name=section]")).isDisplayed())
                    .as("the filters, folded").isFalse();
        } finally {
            phone.quit();
        }
    }

    @Test
    void aPrintedStoryHasItsAddressAndNothingOfTheSiteAroundIt() {
        Article story = fixtures.article(fixtures.section("مطبوعات " + Fixtures.unique())).headline("خبر يطبعه القارئ").save();
        driver.get(base + Permalinks.article(story));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        assertThat(driver.findElement(By.cssSelector(".story__address")).getText()).isEqualTo(base + "/a/" + story.id());
        assertThat(driver.findElement(By.cssSelector("h1")).isDisplayed()).isTrue();
        for (String gone : List.of(".story__share", ".page-aside", ".site-footer", ".site-search", ".sections-nav")) {
            assertThat(driver.findElement(By.cssSelector(gone)).isDisplayed()).as(gone).isFalse();
        }
    }
}
