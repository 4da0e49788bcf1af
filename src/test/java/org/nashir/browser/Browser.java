package org.nashir.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: no browser download, no network
 * call of Selenium Manager. A missing browser fails the test; it never skips it.
 */
public final class Browser {

    private static final Path AXE = Path.of("src/main/frontend/node_modules/axe-core/axe.min.js");

    private Browser() {
    }

    public static ChromeDriver start() {
        return start(true);
    }

    /** A Chromium with scripts off: what a page does for a reader whose browser runs none of ours. */
    public static ChromeDriver startWithoutScript() {
        return start(false);
    }

    private static ChromeDriver start(boolean scripts) {
        ChromeOptions options = new ChromeOptions();
        if (!scripts) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setBinary(System.getProperty("nashir.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1600", "--lang=ar");
        // the editor asks before leaving unsaved work; a test that navigates away has already said what it means
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("nashir.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Runs axe-core in the page and returns its serious and critical violations, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ChromeDriver driver) {
        try {
            driver.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is installed by the build (npm) into " + AXE, e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document).then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));");
        return new ArrayList<>((List<String>) result);
    }
}
