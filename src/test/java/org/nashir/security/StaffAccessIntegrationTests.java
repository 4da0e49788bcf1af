package org.nashir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class StaffAccessIntegrationTests extends IntegrationTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesOnlyAnAdaptiveHashOfThePassword() {
        StaffUser user = fixtures.staff(Role.REPORTER);
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, user.id());
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(Fixtures.PASSWORD);
    }

    @Test
    void throttlesAnAccountAfterRepeatedFailuresEvenWithTheRightPassword() {
        StaffUser user = fixtures.staff(Role.EDITOR);
        StaffSession session = new StaffSession(port);
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            assertThat(session.signIn(user.username(), "wrong-password-" + i).headers().firstValue("Location").orElseThrow())
                    .endsWith("/admin/login?error");
        }
        HttpResponse<String> blocked = session.signIn(user.username(), Fixtures.PASSWORD);
        assertThat(blocked.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?throttled");
        assertThat(new StaffSession(port).page("/admin/login?throttled").text()).contains("محاولات دخول فاشلة كثيرة");
    }

    @Test
    void parallelGuessesAreCountedBeforeTheirPasswordsAreChecked() throws Exception {
        StaffUser user = fixtures.staff(Role.EDITOR);
        List<Callable<String>> guesses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String password = "wrong-password-" + i;
            guesses.add(() -> new StaffSession(port).signIn(user.username(), password).headers().firstValue("Location")
                    .orElseThrow());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            long checked = pool.invokeAll(guesses).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).filter(location -> location.endsWith("?error")).count();
            assertThat(checked).as("passwords checked of ten sent at once").isLessThanOrEqualTo(LoginThrottle.PER_ACCOUNT);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aDemotedAdministratorIsAContributorFromTheirVeryNextRequest() {
        StaffUser admin = fixtures.staff(Role.ADMINISTRATOR);
        StaffSession session = StaffSession.signedIn(port, admin.username(), Fixtures.PASSWORD);
        assertThat(session.get("/admin/users").statusCode()).isEqualTo(200);

        accounts.changeRole(new Actor(0, "test", Role.ADMINISTRATOR), admin.id(), Role.CONTRIBUTOR);

        assertThat(session.get("/admin/users").statusCode()).isEqualTo(403);
        session.page("/admin/stories");
        HttpResponse<String> made = session.post("/admin/users", List.of(Map.entry("username", "usurper" + Fixtures.unique()),
                Map.entry("displayName", "مدير مزيف"), Map.entry("password", "a-long-usurper-password"),
                Map.entry("role", "ADMINISTRATOR")));
        assertThat(made.statusCode()).isEqualTo(403);
        assertThat(session.page("/admin/stories").select("button[value=publish], a[href='/admin/users']")).isEmpty();
    }

    @Test
    void aNewPasswordEndsEveryOtherSessionAndNoSessionKeepsAPasswordHash() {
        StaffUser user = fixtures.staff(Role.EDITOR);
        StaffSession here = StaffSession.signedIn(port, user.username(), Fixtures.PASSWORD);
        StaffSession elsewhere = StaffSession.signedIn(port, user.username(), Fixtures.PASSWORD);
        List<byte[]> stored = jdbc.query("select attribute_bytes from spring_session_attributes", (row, n) -> row.getBytes(1));
        assertThat(stored).isNotEmpty().noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)
                .contains("$2a$"));

        here.page("/admin/account");
        assertThat(here.post("/admin/account/password", List.of(Map.entry("current", Fixtures.PASSWORD),
                Map.entry("replacement", "another-long-password"))).statusCode()).isEqualTo(302);

        assertThat(here.get("/admin/account").statusCode()).as("the session that changed it goes on").isEqualTo(200);
        HttpResponse<String> other = elsewhere.get("/admin/account");
        assertThat(other.statusCode()).isEqualTo(302);
        assertThat(other.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login");
    }

    @Test
    void locksOutADisabledAccountAndEndsItsOpenSessions() {
        StaffUser user = fixtures.staff(Role.REPORTER);
        StaffSession open = StaffSession.signedIn(port, user.username(), Fixtures.PASSWORD);
        accounts.setEnabled(new Actor(0, "test", Role.ADMINISTRATOR), user.id(), false);
        assertThat(open.get("/admin/stories").headers().firstValue("Location").orElseThrow()).endsWith("/admin/login");
        HttpResponse<String> refused = new StaffSession(port).signIn(user.username(), Fixtures.PASSWORD);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?error");
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() {
        StaffUser user = fixtures.staff(Role.CONTRIBUTOR);
        StaffSession session = StaffSession.signedIn(port, user.username(), Fixtures.PASSWORD);
        session.get("/admin/account");
        assertThat(session.post("/admin/account/password", List.of(Map.entry("current", "not-it-at-all"),
                Map.entry("replacement", "another-long-password"))).statusCode()).isEqualTo(400);
        session.get("/admin/account");
        assertThat(session.post("/admin/account/password", List.of(Map.entry("current", Fixtures.PASSWORD),
                Map.entry("replacement", "another-long-password"))).statusCode()).isEqualTo(302);
        StaffSession.signedIn(port, user.username(), "another-long-password");
    }

    @Test
    void signOutEndsTheSession() {
        StaffUser user = fixtures.staff(Role.EDITOR);
        StaffSession session = StaffSession.signedIn(port, user.username(), Fixtures.PASSWORD);
        session.get("/admin/stories");
        assertThat(session.post("/admin/logout", List.of()).headers().firstValue("Location").orElseThrow())
                .endsWith("/admin/login?signedOut");
        assertThat(session.get("/admin/stories").statusCode()).isEqualTo(302);
    }

    @Test
    void signingInGivesANewSessionSoAPlantedOneOpensNothing() {
        StaffUser user = fixtures.staff(Role.EDITOR);
        StaffSession attacker = new StaffSession(port);
        attacker.get("/admin/login");
        String planted = attacker.cookie("SESSION");
        assertThat(planted).isNotNull();

        StaffSession victim = new StaffSession(port);
        victim.plant("SESSION", planted);
        HttpResponse<String> signedIn = victim.signIn(user.username(), Fixtures.PASSWORD);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin/stories");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=")
                .doesNotContain(planted));
        assertThat(victim.get("/admin/stories").statusCode()).isEqualTo(200);
        assertThat(attacker.get("/admin/stories").statusCode()).as("the planted session is not signed in").isEqualTo(302);
    }

    @Test
    void aFormCarryingAnotherSessionsCsrfTokenIsRefused() {
        StaffUser user = fixtures.staff(Role.EDITOR);
        StaffSession attacker = StaffSession.signedIn(port, fixtures.staff(Role.EDITOR).username(), Fixtures.PASSWORD);
        attacker.get("/admin/stories/new");
        StaffSession victim = StaffSession.signedIn(port, user.username(), Fixtures.PASSWORD);
        victim.get("/admin/stories/new");
        victim.useCsrf(attacker.csrf());
        HttpResponse<String> forged = victim.post("/admin/account/password", List.of(Map.entry("current", Fixtures.PASSWORD),
                Map.entry("replacement", "chosen-by-the-attacker")));
        assertThat(forged.statusCode()).isEqualTo(403);
        StaffSession.signedIn(port, user.username(), Fixtures.PASSWORD);
    }
}
