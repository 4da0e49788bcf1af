package org.nashir.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.security.FirstRunSetup;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Its own application and database: a fresh installation without any staff account. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nashir.demo=false", "nashir.test.context=first-run-browser"})
class FirstRunBrowserIntegrationTests extends IntegrationTest {

    @Autowired
    FirstRunSetup setup;

    @Test
    void theFirstAdministratorIsCreatedThroughTheSetupLinkAndSignsIn() {
        ChromeDriver driver = Browser.start();
        try {
            String base = "http://localhost:" + port;
            driver.get(base + "/admin/setup/" + setup.issue());
            driver.findElement(By.id("username")).sendKeys("chief");
            driver.findElement(By.id("displayName")).sendKeys("رئيسة التحرير");
            driver.findElement(By.id("password")).sendKeys("a-long-first-password");
            Screens.clickThrough(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
            assertThat(driver.getCurrentUrl()).endsWith("/admin/login?created");

            Screens.Stories stories = new Screens.SignIn(driver, base).as("chief", "a-long-first-password");
            assertThat(driver.getCurrentUrl()).endsWith("/admin/stories");
            assertThat(driver.findElement(By.cssSelector(".admin-bar__user span")).getText()).contains("رئيسة التحرير", "مدير الموقع");
            assertThat(stories.headlines()).isEmpty();
        } finally {
            driver.quit();
        }
    }
}
