package org.nashir.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.article.Permalinks;
import org.nashir.article.body.Block;
import org.nashir.media.Framing;
import org.nashir.media.MediaAsset;
import org.nashir.media.MediaLibrary;
import org.nashir.section.Section;
import org.nashir.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The picture desk in a real Chromium: pictures dropped by the dozen and described one by one, a crop dragged on the
 * picture and a focal point clicked, the file replaced, and a picture pasted into a paragraph.
 */
class PictureDeskBrowserIntegrationTests extends OneBrowserIntegrationTest {

    @Autowired
    MediaLibrary media;

    @Test
    void anEditorUploadsSeveralPicturesCropsOneAroundItsFocalPointAndReplacesItsFile() throws IOException {
        Path folder = Files.createTempDirectory("desk");
        Path first = picture(folder.resolve("first.png"), 1600, 900, Color.ORANGE);
        Path second = picture(folder.resolve("second.png"), 1200, 800, Color.GREEN);
        String editor = fixtures.staff(Role.EDITOR).username();
        Screens.signIn(driver, base).as(editor, Fixtures.PASSWORD);
        driver.get(base + "/admin/media");
        driver.findElement(By.id("file")).sendKeys(first + "\n" + second);
        assertThat(driver.findElements(By.cssSelector(".upload__item"))).hasSize(2);
        var alts = driver.findElements(By.cssSelector(".upload__item input[name=altText]"));
        String word = "منارة" + Fixtures.unique();
        alts.get(0).sendKeys(word + " الأولى");
        alts.get(1).sendKeys(word + " الثانية");
        driver.findElement(By.cssSelector(".upload__form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".upload__form [role=status]"), "رُفعت الصور كلها (2)."));
        assertThat(Browser.seriousViolations(driver)).isEmpty();
        Files.write(Path.of("target", "picture-desk-uploads.png"), driver.getScreenshotAs(OutputType.BYTES));

        MediaAsset asset = media.search(word + " الأولى", 0, 1).getContent().get(0);
        driver.findElements(By.cssSelector(".upload__done a")).get(0).click();
        WebElement whole = driver.findElement(By.cssSelector(".frame__whole"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) driver.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", whole));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", whole);
        int w = whole.getSize().getWidth();
        int h = whole.getSize().getHeight();
        // the right half, from a quarter down to the bottom: offsets are from the picture's centre
        new Actions(driver).moveToElement(whole, 1, -h / 4).clickAndHold().moveToElement(whole, w / 2 - 2, h / 2 - 2)
                .release().perform();
        driver.findElement(By.cssSelector(".frame__modes input[value=focus]")).click();
        new Actions(driver).moveToElement(whole, w / 2 - 10, 0).click().perform();
        assertThat(Double.parseDouble(driver.findElement(By.id("crop-x")).getAttribute("value"))).isBetween(49.0, 51.0);
        assertThat(Double.parseDouble(driver.findElement(By.id("focus-x")).getAttribute("value"))).isGreaterThan(90.0);
        assertThat(Browser.seriousViolations(driver)).isEmpty();
        Files.write(Path.of("target", "picture-desk-framing.png"), driver.getScreenshotAs(OutputType.BYTES));
        Screens.clickThrough(driver, driver.findElement(By.cssSelector(".frame__form button[type=submit]")));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("حُفظ القص ونقطة التركيز");

        MediaAsset framed = media.find(asset.id()).orElseThrow();
        Framing framing = framed.framing();
        assertThat(framing.x()).isBetween(0.49, 0.51);
        assertThat(framing.y()).isBetween(0.24, 0.26);
        assertThat(framed.width()).isBetween(780, 820);
        assertThat(framed.fileKey()).isNotEqualTo(asset.fileKey());

        // a reader's card shows the cut, and a replaced file shows there as well, its words kept
        Section section = fixtures.section("صور " + Fixtures.unique());
        var story = fixtures.article(section).headline("خبر بصورة مقصوصة").lead(framed).save();
        driver.get(base + Permalinks.section(section));
        assertThat(driver.findElement(By.cssSelector(".card__image")).getAttribute("src"))
                .contains("/media/" + framed.fileKey() + "/wide-");
        driver.get(base + "/admin/media/" + asset.id());
        driver.findElement(By.id("replacement")).sendKeys(second.toString());
        Screens.clickThrough(driver, driver.findElement(By.cssSelector("form[action$='/replace'] button")));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("استُبدل الملف");
        MediaAsset replaced = media.find(asset.id()).orElseThrow();
        assertThat(replaced.width()).isEqualTo(1200);
        assertThat(replaced.altText()).isEqualTo(word + " الأولى");
        driver.get(base + Permalinks.article(story));
        assertThat(driver.findElement(By.cssSelector(".story__lead img, figure img")).getAttribute("src"))
                .contains("/media/" + replaced.fileKey() + "/");
    }

    @Test
    void aPicturePastedIntoAParagraphGoesToTheLibraryWithItsAltTextAndIntoTheStoryAfterIt() {
        Section section = fixtures.section("العالم " + Fixtures.unique());
        Screens.Editor editor = Screens.signIn(driver, base).as(fixtures.staff(Role.REPORTER).username(), Fixtures.PASSWORD)
                .newStory().headline("خبر بصورة من الشاشة").section(section.name()).type("block.0.html", "قبل الصورة");
        String alt = "لقطة شاشة " + Fixtures.unique();
        driver.executeScript("window.prompt = () => arguments[0];", alt);
        driver.executeAsyncScript("""
                const [area, done] = [arguments[0], arguments[arguments.length - 1]];
                const canvas = document.createElement('canvas');
                canvas.width = 400;
                canvas.height = 300;
                const g = canvas.getContext('2d');
                g.fillStyle = '#2a6';
                g.fillRect(0, 0, 400, 300);
                canvas.toBlob((blob) => {
                  const data = new DataTransfer();
                  data.items.add(new File([blob], 'screen.png', {type: 'image/png'}));
                  area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
                  done();
                }, 'image/png');
                """, editor.richText("block.0.html"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> editor.blocks() == 2);
        MediaAsset pasted = media.search(alt, 0, 1).getContent().get(0);
        assertThat(driver.findElement(By.name("block.1.media")).getAttribute("value")).isEqualTo(String.valueOf(pasted.id()));
        assertThat(driver.findElement(By.cssSelector(".rich__status")).getText()).contains("رُفعت الصورة إلى المكتبة");
        assertThat(driver.findElements(By.cssSelector("fieldset.block--image input[type=search]")))
                .as("the new image block has the library's search").hasSize(1);

        editor.press("save");
        var saved = transaction.execute(tx -> articles.findById(editor.id()).orElseThrow().body().blocks());
        assertThat(saved).containsExactly(new Block.Paragraph("قبل الصورة"), new Block.Image(pasted.id(), null, null));
    }

    private static Path picture(Path file, int width, int height, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(width * 3 / 4 - 50, height / 2 - 50, 100, 100);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
