package org.nashir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Its own application and database: it needs an installation without any staff account. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nashir.demo=false", "nashir.test.context=first-run"})
class FirstRunSetupIntegrationTests extends IntegrationTest {

    @Autowired
    FirstRunSetup setup;
    @Autowired
    StaffAccounts accounts;

    @Test
    void createsTheFirstAdministratorOnceThroughTheOneTimeLink() {
        assertThat(accounts.anyExists()).isFalse();
        assertThat(new StaffSession(port).page("/admin/login").text()).contains("رابط الإعداد");
        String token = setup.issue();
        assertThat(get("/admin/setup/not-the-token").statusCode()).isEqualTo(404);

        StaffSession browser = new StaffSession(port);
        browser.page("/admin/setup/" + token);
        HttpResponse<String> weak = browser.post("/admin/setup/" + token, List.of(Map.entry("username", "chief"),
                Map.entry("displayName", "رئيس التحرير"), Map.entry("password", "short")));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("كلمة المرور من 12 حرفاً على الأقل");
        Document kept = Jsoup.parse(weak.body());
        assertThat(kept.selectFirst("#username").val()).as("what was typed stays").isEqualTo("chief");
        assertThat(kept.selectFirst("#displayName").val()).isEqualTo("رئيس التحرير");

        browser.page("/admin/setup/" + token);
        HttpResponse<String> allWrong = browser.post("/admin/setup/" + token, List.of(Map.entry("username", "X"),
                Map.entry("displayName", " "), Map.entry("password", "short")));
        assertThat(Jsoup.parse(allWrong.body()).select("ul.error li")).as("every problem at once").hasSize(3);

        browser.page("/admin/setup/" + token);
        HttpResponse<String> created = browser.post("/admin/setup/" + token, List.of(Map.entry("username", "chief"),
                Map.entry("displayName", "رئيس التحرير"), Map.entry("password", "a-long-chief-password")));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(accounts.all(new Actor(0, "test", Role.ADMINISTRATOR))).singleElement().satisfies(u -> assertThat(u.role()).isEqualTo(Role.ADMINISTRATOR));

        assertThat(get("/admin/setup/" + token).statusCode()).isEqualTo(404);
        StaffSession.signedIn(port, "chief", "a-long-chief-password");
    }
}
