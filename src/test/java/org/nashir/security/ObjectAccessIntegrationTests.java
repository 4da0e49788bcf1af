package org.nashir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.article.Article;
import org.nashir.webhook.WebhookEvent;
import org.nashir.webhook.Webhooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every object the back office and the API reach by id (story, image, account, token, webhook):
 * somebody without the right to it is refused with 403 and the object is left as it was; an id
 * that does not exist is 404, never an error page or another object.
 */
class ObjectAccessIntegrationTests extends IntegrationTest {

    private static final long MISSING = 987_654_321L;

    @Autowired
    ApiTokens tokens;
    @Autowired
    Webhooks webhooks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nobodyReachesAnotherPersonsObjectsWithoutTheRightThroughTheBackOffice() {
        StaffUser owner = fixtures.staff(Role.REPORTER);
        StaffUser administrator = fixtures.staff(Role.ADMINISTRATOR);
        Article story = fixtures.article(fixtures.section("قسم الملكية")).headline("مسودة لا يراها غير أصحابها").draft().save();
        long image = fixtures.image("صورة الملكية", null, null).id();
        ApiTokens.Issued token = tokens.issue(owner.id(), "أداة المراسل", Set.of(ApiScope.STORIES_WRITE));
        long hook = webhooks.register(Actor.of(administrator), "http://127.0.0.1:9/hook", Set.of(WebhookEvent.PUBLISHED)).id();
        String before = state(story.id(), image, owner.id(), token.saved().id(), hook);

        List<String> failures = new ArrayList<>();
        StaffSession reporter = StaffSession.signedIn(port, fixtures.staff(Role.REPORTER).username(), Fixtures.PASSWORD);
        StaffSession contributor = StaffSession.signedIn(port, fixtures.staff(Role.CONTRIBUTOR).username(), Fixtures.PASSWORD);
        StaffSession editor = StaffSession.signedIn(port, fixtures.staff(Role.EDITOR).username(), Fixtures.PASSWORD);
        expect(failures, reporter, "GET", "/admin/stories/" + story.id(), Map.of(), 403);
        expect(failures, reporter, "POST", "/admin/stories/" + story.id(), Map.of("action", "save", "headline", "سطو"), 403);
        expect(failures, reporter, "POST", "/admin/stories/" + story.id() + "/delete", Map.of(), 403);
        expect(failures, contributor, "POST", "/admin/media/" + image, Map.of("alt", "سطو"), 403);
        expect(failures, editor, "POST", "/admin/users/" + owner.id(), Map.of("action", "disable"), 403);
        expect(failures, reporter, "POST", "/admin/account/tokens/" + token.saved().id() + "/revoke", Map.of(), 403);
        expect(failures, editor, "GET", "/admin/webhooks/" + hook, Map.of(), 403);
        expect(failures, editor, "POST", "/admin/webhooks/" + hook, Map.of("action", "remove"), 403);
        assertThat(failures).isEmpty();
        assertThat(state(story.id(), image, owner.id(), token.saved().id(), hook)).isEqualTo(before);

        StaffSession admin = StaffSession.signedIn(port, administrator.username(), Fixtures.PASSWORD);
        for (String path : List.of("/admin/stories/" + MISSING, "/admin/media/" + MISSING, "/admin/webhooks/" + MISSING,
                "/admin/stories/" + MISSING + "/revisions")) {
            expect(failures, admin, "GET", path, Map.of(), 404);
        }
        expect(failures, admin, "POST", "/admin/stories/" + MISSING, Map.of("action", "save", "headline", "لا شيء"), 404);
        expect(failures, admin, "POST", "/admin/media/" + MISSING, Map.of("alt", "لا شيء"), 404);
        expect(failures, admin, "POST", "/admin/users/" + MISSING, Map.of("action", "disable"), 404);
        expect(failures, admin, "POST", "/admin/account/tokens/" + MISSING + "/revoke", Map.of(), 404);
        expect(failures, admin, "POST", "/admin/webhooks/" + MISSING, Map.of("action", "disable"), 404);
        assertThat(failures).isEmpty();
    }

    @Test
    void aTokenReachesOnlyWhatItsOwnerMayThroughTheApi() {
        Article story = fixtures.article(fixtures.section("قسم ملكية الواجهة")).headline("مسودة زميل").draft().save();
        String before = jdbc.queryForObject("select headline || '|' || status || '|' || version from article where id = ?",
                String.class, story.id());
        String other = tokens.issue(fixtures.staff(Role.REPORTER).id(), "أداة زميل",
                Set.of(ApiScope.STORIES_WRITE, ApiScope.STORIES_PUBLISH)).token();
        String body = """
                {"headline": "سطو", "section_id": %d, "version": 0, "body": {"blocks": []}}""".formatted(story.section().id());

        assertThat(api("GET", "/api/v1/admin/articles/" + story.id(), other, null).statusCode()).isEqualTo(403);
        assertThat(api("PUT", "/api/v1/admin/articles/" + story.id(), other, body).statusCode()).isEqualTo(403);
        assertThat(api("POST", "/api/v1/admin/articles/" + story.id() + "/publish", other, null).statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select headline || '|' || status || '|' || version from article where id = ?",
                String.class, story.id())).isEqualTo(before);

        String editor = tokens.issue(fixtures.staff(Role.EDITOR).id(), "أداة المحرر",
                Set.of(ApiScope.STORIES_WRITE, ApiScope.STORIES_PUBLISH)).token();
        HttpResponse<String> missing = api("GET", "/api/v1/admin/articles/" + MISSING, editor, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api("PUT", "/api/v1/admin/articles/" + MISSING, editor, body).statusCode()).isEqualTo(404);
        assertThat(api("POST", "/api/v1/admin/articles/" + MISSING + "/publish", editor, null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/api/v1/articles/" + story.id(), null, null).statusCode()).as("a draft, to the public API").isEqualTo(404);
    }

    /** Everything that a refused request might have changed, in one line. */
    private String state(long story, long image, long user, long token, long hook) {
        return jdbc.queryForObject("select headline || '|' || status || '|' || version from article where id = ?", String.class, story)
                + jdbc.queryForObject("select alt_text from media_asset where id = ?", String.class, image)
                + jdbc.queryForObject("select enabled from app_user where id = ?", String.class, user)
                + jdbc.queryForObject("select count(*) from api_token where id = ? and revoked_at is null", String.class, token)
                + jdbc.queryForObject("select active from webhook where id = ?", String.class, hook);
    }

    private static void expect(List<String> failures, StaffSession session, String method, String path,
            Map<String, String> fields, int status) {
        int actual;
        if (method.equals("GET")) {
            actual = session.get(path).statusCode();
        } else {
            session.get("/admin/account");
            actual = session.post(path, List.copyOf(fields.entrySet())).statusCode();
        }
        if (actual != status) {
            failures.add(method + " " + path + ": expected " + status + " got " + actual);
        }
    }
}
