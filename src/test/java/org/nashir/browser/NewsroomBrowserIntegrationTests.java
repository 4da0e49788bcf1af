package org.nashir.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.article.Permalinks;
import org.nashir.section.Section;
import org.nashir.security.Role;
import org.nashir.security.StaffUser;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The back office in a real Chromium: what a reporter and an editor do with their hands. */
class NewsroomBrowserIntegrationTests extends OneBrowserIntegrationTest {

    @Test
    void reporterWritesEveryBlockTypeAndAnEditorPublishesIt() throws Exception {
        // the editor picks the section by its name, and other tests' sections are called «العالم» too
        Section section = fixtures.section("العالم " + Fixtures.unique());
        var earlier = fixtures.article(section).headline("خبر سابق للربط").save();
        StaffUser reporter = fixtures.staff(Role.REPORTER);
        StaffUser editor = fixtures.staff(Role.EDITOR);

        Path upload = Files.createTempFile("lead", ".png");
        Files.write(upload, Fixtures.png(1600, 900));
        Screens.Stories signedIn = Screens.signIn(driver, base).as(reporter.username(), Fixtures.PASSWORD);
        driver.get(base + "/admin/media");
        // the credit typed once goes with every picture chosen after it
        driver.findElement(By.id("credit")).sendKeys("رويترز");
        driver.findElement(By.id("file")).sendKeys(upload.toAbsolutePath().toString());
        driver.findElement(By.cssSelector(".upload__item input[name=altText]")).sendKeys("صورة اللقاء");
        driver.findElement(By.cssSelector(".upload__item input[name=caption]")).sendKeys("تعليق الصورة");
        driver.findElement(By.cssSelector(".upload__form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".upload__form [role=status]"), "رُفعت الصور كلها (1)."));
        driver.get(base + "/admin/stories");

        Screens.Editor draft = signedIn.newStory()
                .headline("خبر من المتصفح بكل أنواع الكتل")
                .section(section.name())
                .type("block.0.html", "الفقرة الأولى مكتوبة في المتصفح.")
                .addBlock("عنوان فرعي").type("block.1.text", "عنوان فرعي من المتصفح")
                .addBlock("اقتباس").type("block.2.text", "اقتباس من المتصفح").type("block.2.speaker", "متحدث")
                .addBlock("صورة").choose("block.3.media", "صورة اللقاء")
                .addBlock("قائمة").type("block.4.items", "أول\nثان")
                .addBlock("أخبار ذات علاقة").pickRelated("خبر سابق", "خبر سابق للربط")
                .addBlock("محتوى مضمّن").type("block.6.url", "https://www.youtube.com/watch?v=browser")
                .choose("leadMediaId", "صورة اللقاء");
        assertThat(driver.findElement(By.name("block.5.articles")).getAttribute("value")).isEqualTo(String.valueOf(earlier.id()));
        assertThat(driver.findElement(By.name("block.5.articles")).isDisplayed()).as("the box shows headlines, not ids").isFalse();
        assertThat(driver.findElement(By.cssSelector("fieldset.block--related ul.picked li")).getText())
                .isEqualTo("خبر سابق للربط إزالة");
        assertThat(draft.blocks()).isEqualTo(7);
        assertThat(draft.offers("publish")).isFalse();
        draft.press("submit");
        assertThat(draft.status()).isEqualTo("بانتظار المراجعة");
        long id = draft.id();
        Files.write(Path.of("target", "editor-" + id + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        assertThat(Browser.seriousViolations(driver)).as("axe on the editor").isEmpty();

        driver.get(base + "/admin/media");
        assertThat(driver.findElements(By.cssSelector(".media-grid img"))).isNotEmpty();
        assertThat(Browser.seriousViolations(driver)).as("axe on the media library").isEmpty();

        Screens.Stories list = Screens.signIn(driver, base).as(editor.username(), Fixtures.PASSWORD);
        // once: leaving the page by «إرسال للمراجعة» hides it, and a hidden page's autosave made a second story
        assertThat(list.headlines()).containsOnlyOnce("خبر من المتصفح بكل أنواع الكتل");
        assertThat(Browser.seriousViolations(driver)).as("axe on the stories list").isEmpty();
        for (String page : new String[] {"/admin/stories/calendar", "/admin/notices", "/admin/stories?status=" + org.nashir.article.ArticleStatus.TRASHED.ordinal()}) {
            driver.get(base + page);
            assertThat(Browser.seriousViolations(driver)).as("axe on " + page).isEmpty();
        }
        list.open(id).press("publish");

        String url = transaction.execute(s -> Permalinks.article(articles.findPublished(id).orElseThrow()));
        driver.get(base + url);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("خبر من المتصفح بكل أنواع الكتل");
        assertThat(driver.findElement(By.cssSelector("figure.figure--lead .figure__credit")).getText()).isEqualTo("المصدر: رويترز");
        assertThat(driver.findElement(By.cssSelector("aside.related a")).getText()).isEqualTo("خبر سابق للربط");
        // the page's inline stylesheet is applied under its Content-Security-Policy, which allows it by hash
        assertThat(driver.executeScript("return getComputedStyle(document.querySelector('.skip-link')).position"))
                .isEqualTo("absolute");
        driver.get(base + "/");
        assertThat(driver.findElements(By.cssSelector("a[href='" + url + "']"))).isNotEmpty();
        driver.get(base + Permalinks.section(section));
        assertThat(driver.findElements(By.cssSelector(".card__title a[href='" + url + "']"))).isNotEmpty();
    }
}
