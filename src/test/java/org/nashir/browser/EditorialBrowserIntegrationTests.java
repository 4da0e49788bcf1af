package org.nashir.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.section.Section;
import org.nashir.security.Role;
import org.nashir.security.StaffUser;
import org.nashir.settings.SiteSettingsService;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** Two editors on one story, and a story scheduled to the second: in real Chromium windows. */
class EditorialBrowserIntegrationTests extends IntegrationTest {

    @Autowired
    SiteSettingsService settings;

    private ChromeDriver first;
    private ChromeDriver second;
    private String base;

    @BeforeEach
    void browsers() {
        first = Browser.start();
        second = Browser.start();
        base = "http://localhost:" + port;
    }

    @AfterEach
    void close() {
        first.quit();
        second.quit();
    }

    @Test
    void twoEditorsOnOneStoryGetTheConflictAndLoseNothing() {
        Section section = fixtures.section("الصراع");
        Article story = fixtures.article(section).headline("العنوان قبل التحرير").draft().save();
        StaffUser one = fixtures.staff(Role.EDITOR);
        StaffUser two = fixtures.staff(Role.EDITOR);
        Screens.Editor mine = Screens.signIn(first, base).as(one.username(), Fixtures.PASSWORD).open(story.id());
        Screens.Editor theirs = Screens.signIn(second, base).as(two.username(), Fixtures.PASSWORD).open(story.id());

        mine.headline("عنوان المحرر الأول").press("save");
        theirs.headline("عنوان المحرر الثاني").type("block.0.html", "فقرة كتبها الثاني ولا يجوز أن تضيع").press("save");

        assertThat(second.findElement(By.id("conflict-title")).getText()).contains("حفظ شخص آخر هذا الخبر");
        assertThat(second.findElement(By.cssSelector("section[aria-labelledby=conflict-title]")).getText())
                .contains("عنوان المحرر الأول");
        assertThat(second.findElement(By.id("headline")).getAttribute("value")).isEqualTo("عنوان المحرر الثاني");
        assertThat(second.findElement(By.name("block.0.html")).getAttribute("value")).isEqualTo("فقرة كتبها الثاني ولا يجوز أن تضيع");

        theirs.press("save");
        assertThat(theirs.status()).isEqualTo("مسودة");
        assertThat(second.findElement(By.id("headline")).getAttribute("value")).isEqualTo("عنوان المحرر الثاني");
    }

    @Test
    void aScheduledStoryAppearsAtItsTime() throws InterruptedException {
        Section section = fixtures.section("الجدولة");
        Article story = fixtures.article(section).headline("خبر ينشر في موعده").draft().save();
        StaffUser editor = fixtures.staff(Role.EDITOR);
        Screens.Editor page = Screens.signIn(first, base).as(editor.username(), Fixtures.PASSWORD).open(story.id());
        // whole seconds: the form takes hh:mm:ss, so a fraction here would make the story look early
        Instant due = Instant.now().plusSeconds(6).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
                .format(LocalDateTime.ofInstant(due, settings.current().timeZone()));
        first.executeScript("arguments[0].value = arguments[1]", first.findElement(By.id("scheduleAt")), local);
        page.press("schedule");
        assertThat(page.status()).isEqualTo("مجدول");

        second.get(base + "/a/" + story.id());
        assertThat(second.findElement(By.tagName("h1")).getText()).isEqualTo("الصفحة غير موجودة");
        Instant deadline = due.plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            second.get(base + "/a/" + story.id());
            if (second.findElement(By.tagName("h1")).getText().equals("خبر ينشر في موعده")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(second.findElement(By.tagName("h1")).getText()).isEqualTo("خبر ينشر في موعده");
        assertThat(Instant.now()).isAfterOrEqualTo(due);
    }
}
