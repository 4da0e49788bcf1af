package org.nashir.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.article.body.Block;
import org.nashir.section.Section;
import org.nashir.security.Role;
import org.nashir.security.StaffUser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A paragraph written as text, not markup, in a real Chromium: Arabic with Latin and numbers, bold from the
 * keyboard on an Arabic layout, a word processor's fragment and a web page pasted as blocks of their kinds, undone and
 * redone with the blocks, and what is saved.
 */
class RichTextBrowserIntegrationTests extends OneBrowserIntegrationTest {

    /** What a word processor puts on the clipboard: its classes, styles, namespaced tags, a script, two paragraphs. */
    private static final String WORD_PROCESSOR = "<meta charset='utf-8'><style>p.MsoNormal{margin:0}</style>"
            + "<p class=\"MsoNormal\" dir=\"RTL\" style=\"text-align:right\"><span style=\"font-weight:bold;"
            + "mso-bidi-font-weight:normal\">عنوان عريض</span><o:p></o:p></p>"
            + "<p class=\"MsoNormal\"><a href=\"https://example.org/report\">التقرير</a> <span style=\"color:red;"
            + "font-family:Tahoma\">نص ملوّن</span><script>alert(1)</script></p>";

    @Test
    void aReporterBoldsOnAnArabicLayoutPastesParagraphsFromAWordProcessorUndoesAndSavesThem() throws Exception {
        Screens.Editor editor = newStory("خبر يُكتب نصاً لا وسوماً", "قال الوزير إن GDP نما 3.5% في 2024.");
        WebElement text = editor.richText("block.0.html");
        assertThat(text.getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.name("block.0.html")).isDisplayed()).as("the HTML field is hidden").isFalse();
        // counted once typing pauses
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBe(By.cssSelector(".body-size"), "8 كلمات · نحو دقيقة قراءةً"));
        driver.findElement(By.id("seoTitle")).sendKeys("عنوان لمحركات البحث");
        assertThat(driver.findElement(By.cssSelector("#seoTitle + .counter")).getText()).isEqualTo("19 من 300");

        select(text, "الوزير");
        // Ctrl with the key that writes «لا» on an Arabic keyboard is Ctrl+B
        arabicLayoutShortcut("لا", "KeyB", 66);
        assertThat(html()).isEqualTo("قال <b>الوزير</b> إن GDP نما 3.5% في 2024.");
        assertThat(driver.findElement(By.cssSelector(".rich__button--bold")).getAttribute("aria-pressed")).isEqualTo("true");

        // pasted in the middle: the first paragraph joins the text at the caret, the second is a block of its own,
        // and what followed the caret ends it
        select(text, " في 2024.");
        driver.executeScript("getSelection().collapseToStart();");
        driver.executeAsyncScript("requestAnimationFrame(() => setTimeout(arguments[arguments.length - 1], 50));");
        paste(text, WORD_PROCESSOR, "عنوان عريض\nالتقرير نص ملوّن");
        String first = "قال <b>الوزير</b> إن GDP نما 3.5%<b>عنوان عريض</b>";
        String second = "<a href=\"https://example.org/report\">التقرير</a> نص ملوّن في 2024.";
        assertThat(html()).isEqualTo(first);
        assertThat(html("block.1.html")).isEqualTo(second);
        assertThat(driver.findElements(By.cssSelector("#story-form fieldset.block--paragraph"))).hasSize(2);

        // one Ctrl+Z takes the whole paste back, blocks and words; one Ctrl+Y brings it again
        text.sendKeys(Keys.chord(Keys.CONTROL, "z"));
        assertThat(html()).isEqualTo("قال <b>الوزير</b> إن GDP نما 3.5% في 2024.");
        assertThat(driver.findElements(By.cssSelector("#story-form fieldset.block--paragraph"))).hasSize(1);
        text.sendKeys(Keys.chord(Keys.CONTROL, "y"));
        assertThat(html()).isEqualTo(first);
        assertThat(html("block.1.html")).isEqualTo(second);
        // and the bold typed before the paste is still the paragraph's own to undo
        text.sendKeys(Keys.chord(Keys.CONTROL, "z"));
        assertThat(driver.findElements(By.cssSelector("#story-form fieldset.block--paragraph"))).hasSize(1);
        text.sendKeys(Keys.chord(Keys.CONTROL, "z"));
        assertThat(html()).isEqualTo("قال الوزير إن GDP نما 3.5% في 2024.");
        text.sendKeys(Keys.chord(Keys.CONTROL, "y"));
        text.sendKeys(Keys.chord(Keys.CONTROL, "y"));
        assertThat(html()).isEqualTo(first);
        assertThat(html("block.1.html")).isEqualTo(second);
        assertThat(Browser.seriousViolations(driver)).isEmpty();
        Files.write(Path.of("target", "rich-text-editor.png"), driver.getScreenshotAs(OutputType.BYTES));

        editor.press("save");
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/admin/stories/(\\d+).*", "$1"));
        var saved = transaction.execute(tx -> articles.findById(id).orElseThrow().body().blocks());
        assertThat(saved).as("the server keeps what the editor wrote, unchanged")
                .containsExactly(new Block.Paragraph(first), new Block.Paragraph(second));
        assertThat(html()).as("and the editor opens it again as it was").isEqualTo(first);
    }

    @Test
    void aWebPageBecomesHeadingsListsAndParagraphsAndAGoogleDocsParagraphKeepsOnlyItsMarks() {
        Screens.Editor editor = newStory("خبر يُلصق من الويب", "من الويب:");
        WebElement text = editor.richText("block.0.html");

        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        paste(text, "<h2 class=\"title\">عنوان الصفحة</h2><img src=\"https://tracker.example/p.gif\" onerror=\"alert(1)\">"
                + "<ul><li>أول <em>مائل</em></li><li>ثانٍ</li></ul><table><tr><td>خلية</td></tr></table>"
                + "<p>قال \"لن نتراجع\" و<a href=\"javascript:alert(1)\">رابط خطر</a></p>", "");
        assertThat(html()).isEqualTo("من الويب:");
        assertThat(driver.findElement(By.name("block.1.text")).getAttribute("value")).isEqualTo("عنوان الصفحة");
        assertThat(driver.findElement(By.name("block.2.items")).getAttribute("value")).isEqualTo("أول مائل\nثانٍ");
        assertThat(html("block.3.html")).isEqualTo("خلية");
        assertThat(html("block.4.html")).as("quotes around Arabic as the house style writes them, no dangerous link")
                .isEqualTo("قال «لن نتراجع» ورابط خطر");
        assertThat(driver.findElement(By.cssSelector(".blocks-status")).getText()).startsWith("لُصقت 4 كتل");

        text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        // Google Docs wraps everything in a bold tag that says it is not bold
        paste(text, "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\"><p dir=\"rtl\">"
                + "<span style=\"font-weight:700;color:#000000\">مهم</span><span style=\"font-weight:400\"> وعادي</span>"
                + "<span style=\"font-style:italic\"> ومائل</span></p></b>", "");
        assertThat(html()).isEqualTo("<b>مهم</b> وعادي<i> ومائل</i>");

        // more blocks than a story holds is said, and nothing is pasted
        int before = editor.blocks();
        paste(text, "<p>فقرة</p>".repeat(600), "");
        assertThat(editor.blocks()).isEqualTo(before);
        assertThat(html()).isEqualTo("<b>مهم</b> وعادي<i> ومائل</i>");
        assertThat(driver.findElement(By.cssSelector(".rich__status")).getText()).startsWith("الملصوق 600 كتلة");
    }

    @Test
    void blocksAreAddedDuplicatedMovedAndRemovedInPlaceAndARemovedOneComesBack() {
        Screens.Editor editor = newStory("خبر تتبدل كتله", "الفقرة الأولى");
        driver.executeScript("window.samePage = true;");
        editor.addBlock("فقرة");
        assertThat(driver.switchTo().activeElement().getAttribute("contenteditable")).as("the new paragraph has the focus").isEqualTo("true");
        driver.switchTo().activeElement().sendKeys("الفقرة الثانية");
        editor.addBlock("عنوان فرعي").type("block.2.text", "عنوان فرعي");
        driver.findElement(By.cssSelector("button[value='duplicate:2']")).click();
        assertThat(driver.findElement(By.name("block.3.text")).getAttribute("value")).isEqualTo("عنوان فرعي");
        driver.findElement(By.cssSelector("button[value='remove:3']")).click();

        driver.findElement(By.cssSelector("button[value='down:0']")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("value")).as("the focus moves with the block").isEqualTo("down:1");
        driver.findElement(By.cssSelector("button[value='up:2']")).click();
        assertThat(html("block.0.html")).isEqualTo("الفقرة الثانية");
        assertThat(driver.findElement(By.name("block.1.text")).getAttribute("value")).isEqualTo("عنوان فرعي");
        assertThat(html("block.2.html")).isEqualTo("الفقرة الأولى");
        assertThat(driver.findElement(By.cssSelector("fieldset.block:nth-of-type(3) legend")).getText()).contains("3. فقرة");

        // the keyboard moves the block being written in, and the caret stays in it
        editor.richText("block.0.html").sendKeys(Keys.chord(Keys.ALT, Keys.SHIFT, Keys.ARROW_DOWN));
        assertThat(html("block.1.html")).isEqualTo("الفقرة الثانية");
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("الفقرة الثانية");
        // and a block dragged by its handle lands above or below the block it is dropped on, by the half
        drag("block.2.html", "block.0.text", false);
        assertThat(html("block.0.html")).isEqualTo("الفقرة الأولى");
        assertThat(html("block.2.html")).isEqualTo("الفقرة الثانية");
        drag("block.0.html", "block.2.html", true);
        assertThat(html("block.1.html")).isEqualTo("الفقرة الثانية");
        assertThat(html("block.2.html")).isEqualTo("الفقرة الأولى");
        drag("block.1.html", "block.0.text", false);
        assertThat(html("block.0.html")).isEqualTo("الفقرة الثانية");
        assertThat(driver.findElement(By.name("block.1.text")).getAttribute("value")).isEqualTo("عنوان فرعي");

        driver.findElement(By.cssSelector("button[value='remove:0']")).click();
        assertThat(editor.blocks()).isEqualTo(2);
        assertThat(html("block.1.html")).isEqualTo("الفقرة الأولى");
        driver.findElement(By.cssSelector(".blocks-status button")).click();
        assertThat(editor.blocks()).isEqualTo(3);
        assertThat(html("block.0.html")).isEqualTo("الفقرة الثانية");
        // the keyboard redoes and undoes changes of blocks too, from a paragraph whose own typing is older
        WebElement last = editor.richText("block.2.html");
        last.sendKeys(Keys.chord(Keys.CONTROL, "y"));
        assertThat(editor.blocks()).isEqualTo(2);
        last.sendKeys(Keys.chord(Keys.CONTROL, "z"));
        assertThat(editor.blocks()).isEqualTo(3);
        last.sendKeys(Keys.chord(Keys.CONTROL, "z"));
        assertThat(editor.blocks()).as("the removal undone, then the drag before it").isEqualTo(3);
        assertThat(driver.findElement(By.name("block.0.text")).getAttribute("value")).isEqualTo("عنوان فرعي");
        assertThat(html("block.1.html")).isEqualTo("الفقرة الثانية");
        last.sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, "z"));
        assertThat(html("block.0.html")).isEqualTo("الفقرة الثانية");
        assertThat((Boolean) driver.executeScript("return window.samePage === true;")).as("no page was loaded").isTrue();

        editor.type("block.2.html", "الفقرة الأولى، آخرَ الخبر");
        editor.press("save");
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/admin/stories/(\\d+).*", "$1"));
        var saved = transaction.execute(tx -> articles.findById(id).orElseThrow().body().blocks());
        assertThat(saved).containsExactly(new Block.Paragraph("الفقرة الثانية"), new Block.Heading(2, "عنوان فرعي"),
                new Block.Paragraph("الفقرة الأولى، آخرَ الخبر"));
    }

    @Test
    void aLinkIsAddedOnlyWhereTheServerWouldAcceptIt() {
        Screens.Editor editor = newStory("خبر فيه رابط", "اقرأ البيان كاملاً");
        WebElement text = editor.richText("block.0.html");

        select(text, "البيان");
        answerPrompts("javascript:alert(1)");
        text.sendKeys(Keys.chord(Keys.CONTROL, "k"));
        assertThat(driver.findElement(By.cssSelector(".rich__status")).getText()).startsWith("الرابط غير مقبول");
        assertThat(html()).isEqualTo("اقرأ البيان كاملاً");

        select(text, "البيان");
        answerPrompts("https://news.example/statement");
        driver.findElement(By.cssSelector(".rich__button--link")).click();
        assertThat(html()).isEqualTo("اقرأ <a href=\"https://news.example/statement\">البيان</a> كاملاً");
    }

    @Test
    void theLivePreviewDrawsTheStoryAsTypedWithTheReadersTemplatesAndShowsItAsSearchAndSocialSitesWill() throws Exception {
        Screens.Editor editor = newStory("خبر يُعاين وهو يُكتب", "فقرة أولى تظهر في المعاينة.");
        WebElement frame = driver.findElement(By.id("live-preview"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "خبر يُعاين وهو يُكتب".equals(driver.executeScript(
                "return arguments[0].contentDocument.querySelector('h1')?.textContent", frame)));
        editor.headline("خبر يُعاين وهو يُكتب، بعنوان أطول");
        editor.type("block.0.html", "فقرة معدّلة بعد الكتابة.");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript("""
                const doc = arguments[0].contentDocument;
                return doc.querySelector('h1')?.textContent === 'خبر يُعاين وهو يُكتب، بعنوان أطول'
                  && doc.body.textContent.includes('فقرة معدّلة بعد الكتابة.');""", frame)));
        assertThat(frame.getSize().getWidth()).as("a phone's width first").isLessThanOrEqualTo(392);
        driver.findElements(By.cssSelector(".live-preview__widths button")).get(1).click();
        assertThat(frame.getSize().getWidth()).isGreaterThan(600);
        assertThat(driver.findElement(By.cssSelector(".social-preview__search .social-preview__title")).getText())
                .startsWith("خبر يُعاين وهو يُكتب، بعنوان أطول");
        assertThat(driver.findElement(By.cssSelector(".social-preview__card .social-preview__title")).getText())
                .isEqualTo("خبر يُعاين وهو يُكتب، بعنوان أطول");
        assertThat(driver.findElement(By.cssSelector(".social-preview__search .social-preview__text")).getText())
                .isEqualTo("فقرة معدّلة بعد الكتابة.");
        assertThat(Browser.seriousViolations(driver)).isEmpty();
        Files.write(Path.of("target", "live-preview.png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theProofreadingPassMarksArabicSlipsAndChangesOnlyWhatTheWriterTakes() {
        Screens.Editor editor = newStory("هل انتهى الاجتماع?",
                "قال الوزير ان الحكومه ستعلن الخطة في في الاسبوع القادم ، بعد عام 2024 وقبل ٢٠٢٥ و2026.");
        String typed = html();
        driver.findElement(By.cssSelector(".proofread button")).click();
        var items = driver.findElements(By.cssSelector(".proofread__list li"));
        assertThat(items.stream().map(li -> li.findElement(By.tagName("p")).getText()).toList()).containsExactly(
                "علامة لاتينية في نص عربي: «?» تُكتب «؟»",
                "همزة: «ان» تُكتب «أن» أو «إن» بحسب المعنى",
                "تاء مربوطة: «الحكومه» تُكتب «الحكومة»",
                "كلمة مكررة: «في في»",
                "همزة: «الاسبوع» تُكتب «الأسبوع»",
                "مسافة قبل «،»",
                "الأرقام مكتوبة في الخبر بطريقتين؛ أغلبها عربية (123)");
        assertThat(driver.findElement(By.cssSelector(".proofread [role=status]")).getText()).isEqualTo("7 ملاحظات.");
        assertThat(driver.findElements(By.cssSelector(".rich .proofread__mark"))).as("underlined in the text").hasSize(6);
        assertThat(html()).as("a pass changes nothing").isEqualTo(typed);
        assertThat(Browser.seriousViolations(driver)).isEmpty();

        driver.findElements(By.cssSelector(".proofread__list li")).get(1).findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().equals("اكتب «أن»")).findFirst().orElseThrow().click();
        driver.findElements(By.cssSelector(".proofread__list li")).get(0).findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().equals("اكتب «؟»")).findFirst().orElseThrow().click();
        assertThat(html()).isEqualTo("قال الوزير أن الحكومه ستعلن الخطة في في الاسبوع القادم ، بعد عام 2024 وقبل ٢٠٢٥ و2026.");
        assertThat(driver.findElement(By.id("headline")).getAttribute("value")).isEqualTo("هل انتهى الاجتماع؟");
        assertThat(driver.findElement(By.cssSelector(".proofread [role=status]")).getText()).isEqualTo("5 ملاحظات.");

        editor.press("save");
        var saved = transaction.execute(tx -> articles.findById(editor.id()).orElseThrow());
        assertThat(saved.headline()).isEqualTo("هل انتهى الاجتماع؟");
    }

    /** A reporter's new story in a section of its own, its first paragraph typed. */
    private Screens.Editor newStory(String headline, String firstParagraph) {
        Section section = fixtures.section("العالم " + Fixtures.unique());
        StaffUser reporter = fixtures.staff(Role.REPORTER);
        return Screens.signIn(driver, base).as(reporter.username(), Fixtures.PASSWORD).newStory()
                .headline(headline).section(section.name()).type("block.0.html", firstParagraph);
    }

    /** Drags a block by its handle onto the top or bottom half of the block that holds another field, as a mouse would. */
    private void drag(String fieldName, String ontoFieldName, boolean below) {
        driver.executeScript("""
                const block = (name) => document.querySelector(`[name="${name}"]`).closest('fieldset');
                const [from, onto] = [block(arguments[0]), block(arguments[1])];
                const data = new DataTransfer();
                const box = onto.getBoundingClientRect();
                const y = arguments[2] ? box.bottom - 5 : box.top + 5;
                from.querySelector('.block__handle').dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                for (const type of ['dragover', 'drop']) {
                  onto.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data, clientY: y}));
                }
                from.querySelector('.block__handle').dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));
                """, fieldName, ontoFieldName, below);
    }

    private String html() {
        return html("block.0.html");
    }

    private String html(String fieldName) {
        return driver.findElement(By.name(fieldName)).getAttribute("value");
    }

    /** Selects the words in the rich text as a mouse would, and lets the editor see the selection. */
    private void select(WebElement text, String words) {
        driver.executeScript("""
                const [area, words] = arguments;
                area.focus();
                const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const at = node.data.indexOf(words);
                  if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + words.length);
                    getSelection().removeAllRanges();
                    getSelection().addRange(range);
                    return;
                  }
                }
                throw new Error('not in the text: ' + words);
                """, text, words);
        // the editor reads the page's selection when the browser says it changed
        driver.executeAsyncScript("requestAnimationFrame(() => setTimeout(arguments[arguments.length - 1], 50));");
    }

    /** A key pressed with Ctrl as Chromium receives it from an Arabic keyboard: the Arabic letter, the key's place. */
    private void arabicLayoutShortcut(String key, String code, int keyCode) {
        for (String type : new String[] {"rawKeyDown", "keyUp"}) {
            driver.executeCdpCommand("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", code,
                    "windowsVirtualKeyCode", keyCode, "nativeVirtualKeyCode", keyCode, "modifiers", 2));
        }
    }

    private void paste(WebElement text, String html, String plain) {
        driver.executeScript("""
                const [area, html, plain] = arguments;
                const data = new DataTransfer();
                data.setData('text/html', html);
                data.setData('text/plain', plain);
                area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
                """, text, html, plain);
    }

    /** The link's address is asked for in the browser's prompt; the test answers it as a person would. */
    private void answerPrompts(String answer) {
        driver.executeScript("window.prompt = () => arguments[0];", answer);
    }
}
