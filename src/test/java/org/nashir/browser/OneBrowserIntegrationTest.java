package org.nashir.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.nashir.IntegrationTest;
import org.nashir.article.ArticleRepository;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A test with one Chromium of its own, opened on the test site before each test and closed after it. */
abstract class OneBrowserIntegrationTest extends IntegrationTest {

    @Autowired
    ArticleRepository articles;
    @Autowired
    TransactionTemplate transaction;

    ChromeDriver driver;
    String base;

    @BeforeEach
    void browser() {
        driver = Browser.start();
        base = "http://localhost:" + port;
    }

    @AfterEach
    void close() {
        driver.quit();
    }
}
