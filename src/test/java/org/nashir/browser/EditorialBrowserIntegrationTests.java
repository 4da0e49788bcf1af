package org.nashir.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.article.ArticleRepository;
import org.nashir.article.Permalinks;
import org.nashir.article.body.Block;
import org.nashir.section.Section;
import org.nashir.security.Role;
import org.nashir.security.StaffUser;
import org.nashir.settings.SiteSettingsService;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Two editors on one story, leaving unsaved work, and a story scheduled to the second: in real Chromium windows. */
class EditorialBrowserIntegrationTests extends IntegrationTest {

    @Autowired
    SiteSettingsService settings;
    @Autowired
    ArticleRepository articles;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

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
    void twoEditorsOnOneStorySeeEachOtherAndChooseBlockByBlockWhenTheirSavesMeet() throws Exception {
        Section section = fixtures.section("الصراع");
        Article story = fixtures.article(section).headline("العنوان قبل التحرير")
                .body(new Block.Paragraph("الفقرة الأولى كما كانت."), new Block.Paragraph("الفقرة الثانية كما كانت.")).draft().save();
        StaffUser one = fixtures.staff(Role.EDITOR);
        StaffUser two = fixtures.staff(Role.EDITOR);
        Screens.Editor mine = Screens.signIn(first, base).as(one.username(), Fixtures.PASSWORD).open(story.id());
        Screens.Editor theirs = Screens.signIn(second, base).as(two.username(), Fixtures.PASSWORD).open(story.id());
        assertThat(second.findElement(By.id("presence-text")).getText()).startsWith("هذا الخبر مفتوح للتحرير لدى " + one.displayName() + " منذ");
        assertThat(second.findElement(By.cssSelector("#takeover button")).isDisplayed()).isTrue();

        mine.headline("عنوان المحرر الأول").type("block.0.html", "الفقرة الأولى بعد تصحيح المحرر الأول.").press("save");
        theirs.headline("عنوان المحرر الثاني").type("block.1.html", "الفقرة الثانية كتبها الثاني ولا يجوز أن تضيع.").press("save");

        assertThat(second.findElement(By.id("conflict-title")).getText()).contains("حفظ شخص آخر هذا الخبر");
        assertThat(second.findElement(By.id("headline")).getAttribute("value")).isEqualTo("عنوان المحرر الثاني");
        List<String> parts = second.findElements(By.cssSelector(".merge__row legend")).stream().map(e -> e.getText()).toList();
        assertThat(parts).containsExactly("العنوان", "الكتلة 1 (فقرة)", "الكتلة 2 (فقرة)");
        // the base tells who changed which paragraph: each side's own change is suggested, the headline is for the person
        assertThat(second.findElement(By.cssSelector("input[name='merge.b0'][value=theirs]")).isSelected()).isTrue();
        assertThat(second.findElement(By.cssSelector("input[name='merge.b1'][value=mine]")).isSelected()).isTrue();
        assertThat(second.findElements(By.cssSelector("input[name='merge.headline']:checked"))).isEmpty();

        Files.write(Path.of("target", "conflict-" + story.id() + ".png"), second.getScreenshotAs(OutputType.BYTES));
        theirs.press("save");
        assertThat(second.findElement(By.id("conflict-title")).getText()).as("saving again never overwrites").contains("حفظ شخص آخر");
        String kept = transaction.execute(tx -> articles.findById(story.id()).orElseThrow().headline());
        assertThat(kept).isEqualTo("عنوان المحرر الأول");

        Screens.clickThrough(second, second.findElement(By.cssSelector("button[value=merge]")));
        assertThat(second.findElement(By.cssSelector(".merge p.error")).getText()).contains("العنوان");
        second.findElement(By.cssSelector("input[name='merge.headline'][value=mine]")).click();
        Screens.clickThrough(second, second.findElement(By.cssSelector("button[value=merge]")));

        Article merged = transaction.execute(tx -> articles.findById(story.id()).orElseThrow());
        assertThat(merged.headline()).isEqualTo("عنوان المحرر الثاني");
        assertThat(merged.body().blocks()).containsExactly(new Block.Paragraph("الفقرة الأولى بعد تصحيح المحرر الأول."),
                new Block.Paragraph("الفقرة الثانية كتبها الثاني ولا يجوز أن تضيع."));
        Files.write(Path.of("target", "merged-" + story.id() + ".png"), second.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theEditorAsksBeforeLeavingUnsavedWorkAndKeepsNothingBack() {
        Section section = fixtures.section("المغادرة " + Fixtures.unique());
        StaffUser reporter = fixtures.staff(Role.REPORTER);
        Screens.Editor editor = Screens.signIn(first, base).as(reporter.username(), Fixtures.PASSWORD).newStory();
        String leave = "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;";
        assertThat(first.executeScript(leave)).as("nothing typed yet").isEqualTo(false);
        editor.headline("خبر لم يُحفظ بعد").section(section.name());
        assertThat(first.executeScript(leave)).isEqualTo(true);
        editor.addBlock("اقتباس");
        assertThat(first.executeScript(leave)).as("a block added is unsaved too").isEqualTo(true);
        editor.press("save");
        assertThat(first.executeScript(leave)).as("saved").isEqualTo(false);
    }

    @Test
    void aSessionThatEndsWhileSomeoneTypesLosesNothingTheyTyped() {
        Section section = fixtures.section("الجلسة " + Fixtures.unique());
        StaffUser reporter = fixtures.staff(Role.REPORTER);
        Screens.Editor editor = Screens.signIn(first, base).as(reporter.username(), Fixtures.PASSWORD).newStory()
                .headline("خبر كُتب والجلسة تنتهي").section(section.name()).type("block.0.html", "فقرة لا يجوز أن تضيع.");
        first.manage().deleteAllCookies(); // the session ends while the reporter types
        editor.press("save");
        assertThat(first.findElement(By.tagName("main")).getText()).contains("انتهت جلستك", "ما كتبته باقٍ في هذه النافذة");

        Screens.signIn(first, base).as(reporter.username(), Fixtures.PASSWORD);
        first.get(base + "/admin/stories/new");
        assertThat(first.findElement(By.cssSelector(".restore p")).getText()).contains("لم تُحفظ");
        Screens.clickThrough(first, first.findElement(By.cssSelector(".restore .button:not(.button--quiet)")));
        assertThat(first.findElement(By.id("headline")).getAttribute("value")).isEqualTo("خبر كُتب والجلسة تنتهي");
        assertThat(first.findElement(By.name("block.0.html")).getAttribute("value")).isEqualTo("فقرة لا يجوز أن تضيع.");
        editor.press("save");
        assertThat(editor.status()).isEqualTo("مسودة");
        assertThat(first.findElements(By.cssSelector(".restore"))).as("saved: nothing left to offer").isEmpty();
    }

    @Test
    void anAutosaveOfAPublishedStoryWaitsForAnEditorAndReadersNeverSeeHalfTypedText() throws Exception {
        Section section = fixtures.section("التصحيح " + Fixtures.unique());
        Article story = fixtures.article(section).headline("عاصفة تضرب الساحل")
                .body(new Block.Paragraph("قال شهود عيان إن الرياح اقتلعت أشجاراً.")).save();
        StaffUser editor = fixtures.staff(Role.EDITOR);
        Screens.Editor page = Screens.signIn(first, base).as(editor.username(), Fixtures.PASSWORD).open(story.id());
        page.type("block.0.html", "وقال شهود عيان إن الـ");
        // the editor switches to another tab, and the page saves at once
        first.executeScript("Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});"
                + "document.dispatchEvent(new Event('visibilitychange'));");
        new WebDriverWait(first, Duration.ofSeconds(10)).until(
                d -> d.findElement(By.cssSelector(".autosave")).getText().contains("نسخةً معلّقة"));

        second.get(base + "/a/" + story.id());
        assertThat(second.findElement(By.cssSelector(".story__body")).getText()).isEqualTo("قال شهود عيان إن الرياح اقتلعت أشجاراً.");

        Screens.Editor again = new Screens.Stories(first, base).open(story.id());
        assertThat(first.findElement(By.id("pending-title")).getText()).isEqualTo("نسخة معلّقة لم تُنشر بعد");
        again.type("block.0.html", "وقال شهود عيان إن الرياح اقتلعت عشرات الأشجار.");
        Files.write(Path.of("target", "pending-" + story.id() + ".png"), first.getScreenshotAs(OutputType.BYTES));
        again.press("update-live");
        // read past the reader's browser, which keeps the page it was given for a minute (max-age)
        String url = transaction.execute(tx -> Permalinks.article(articles.findPublished(story.id()).orElseThrow()));
        assertThat(page(url).selectFirst(".story__body").text()).isEqualTo("وقال شهود عيان إن الرياح اقتلعت عشرات الأشجار.");
    }

    @Test
    void aContributorSeesNoOneElsesDraftInTheListOrItsPreview() {
        Section section = fixtures.section("المسودات " + Fixtures.unique());
        Article others = fixtures.article(section).headline("مسودة زميل لم تُنشر " + Fixtures.unique()).draft().save();
        StaffUser contributor = fixtures.staff(Role.CONTRIBUTOR);
        Screens.Stories list = Screens.signIn(first, base).as(contributor.username(), Fixtures.PASSWORD);
        assertThat(list.headlines()).doesNotContain(others.headline());
        first.get(base + "/preview/" + others.id());
        assertThat(first.findElement(By.tagName("main")).getText()).contains("هذا الخبر ليس لك ولم يُنشر بعد")
                .doesNotContain(others.headline());
    }

    @Test
    void savingAnOldStoryInTheBrowserKeepsItsLeadImageWhateverCameAfter() {
        Section section = fixtures.section("الأرشيف " + Fixtures.unique());
        var old = fixtures.image("صورة قديمة من الأرشيف", null, "رويترز");
        Article story = fixtures.article(section).headline("خبر قديم بصورته").lead(old).draft().save();
        String copy = "browser-copy-" + Fixtures.unique() + "-";
        jdbc.batchUpdate("insert into media_asset (file_key, mime_type, width, height, alt_text, caption, credit, checksum, created_at)"
                + " select ?, mime_type, width, height, 'صورة أحدث', caption, credit, checksum, created_at from media_asset where id = ?",
                IntStream.range(0, 150).mapToObj(i -> new Object[] {copy + i, old.id()}).toList());
        StaffUser editor = fixtures.staff(Role.EDITOR);
        Screens.signIn(first, base).as(editor.username(), Fixtures.PASSWORD).open(story.id())
                .type("block.0.html", "فقرة عُدّلت بعد أن جاءت صور كثيرة").press("save");
        assertThat(jdbc.queryForObject("select lead_media_id from article where id = ?", Long.class, story.id()))
                .isEqualTo(old.id());
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
