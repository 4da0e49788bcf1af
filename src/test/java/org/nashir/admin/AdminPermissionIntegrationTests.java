package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.article.Article;
import org.nashir.section.Section;
import org.nashir.security.Role;
import org.nashir.security.StaffUser;

/** Every back-office endpoint against every role, on a story the caller did not write. */
class AdminPermissionIntegrationTests extends IntegrationTest {

    private record Call(String method, String path, String action) {
    }

    private static final int OK = 200;
    private static final int REDIRECT = 302;
    private static final int FORBIDDEN = 403;

    @Test
    void enforcesEachRoleOnEveryEndpoint() {
        Section section = fixtures.section("قسم الصلاحيات");
        var author = fixtures.author("كاتب الصلاحيات", null);
        var tag = fixtures.tag("وسم الصلاحيات");
        StaffUser other = fixtures.staff(Role.REPORTER);
        List<String> failures = new ArrayList<>();
        for (Role role : Role.values()) {
            StaffUser user = fixtures.staff(role);
            StaffSession session = StaffSession.signedIn(port, user.username(), Fixtures.PASSWORD);
            Article story = fixtures.article(section).headline("خبر لغير " + user.username()).draft().save();
            long id = story.id();
            long image = fixtures.image("صورة " + user.username(), null, null).id();
            boolean editor = role.canPublish();
            boolean admin = role.canManageSite();
            boolean uploader = role.canUploadMedia();
            Map<Call, Integer> expected = new java.util.LinkedHashMap<>();
            expected.put(new Call("GET", "/admin/stories", null), OK);
            expected.put(new Call("GET", "/admin/stories/new", null), OK);
            expected.put(new Call("GET", "/admin/account", null), OK);
            expected.put(new Call("GET", "/preview/" + id, null), editor ? OK : FORBIDDEN);
            expected.put(new Call("GET", "/admin/stories/" + id, null), editor ? OK : FORBIDDEN);
            expected.put(new Call("GET", "/admin/stories/" + id + "/revisions", null), editor ? OK : FORBIDDEN);
            expected.put(new Call("POST", "/admin/stories/" + id, "unpublish"), editor ? 400 : FORBIDDEN);
            expected.put(new Call("POST", "/admin/stories/" + id, "draft"), editor ? 400 : FORBIDDEN);
            expected.put(new Call("POST", "/admin/stories/" + id + "/revisions/1/restore", null), editor ? 404 : FORBIDDEN);
            expected.put(new Call("GET", "/admin/media", null), OK);
            expected.put(new Call("GET", "/admin/media/" + image, null), OK);
            expected.put(new Call("POST", "/admin/media/" + image, null), editor ? 400 : FORBIDDEN);
            for (String kind : List.of("sections", "authors", "tags")) {
                expected.put(new Call("GET", "/admin/" + kind, null), editor ? OK : FORBIDDEN);
            }
            expected.put(new Call("POST", "/admin/sections", null), editor ? 400 : FORBIDDEN);
            expected.put(new Call("POST", "/admin/authors", null), editor ? 400 : FORBIDDEN);
            expected.put(new Call("GET", "/admin/users", null), admin ? OK : FORBIDDEN);
            expected.put(new Call("POST", "/admin/users", null), admin ? 400 : FORBIDDEN);
            expected.put(new Call("GET", "/admin/settings", null), admin ? OK : FORBIDDEN);
            expected.put(new Call("POST", "/admin/settings", null), admin ? 400 : FORBIDDEN);
            expected.put(new Call("POST", "/admin/stories", "save"), 400);
            expected.put(new Call("POST", "/admin/stories/" + id + "/autosave", null), editor ? 409 : FORBIDDEN);
            expected.put(new Call("GET", "/admin/stories/lookup?q=x", null), OK);
            expected.put(new Call("POST", "/admin/media", null), uploader ? 400 : FORBIDDEN);
            expected.put(new Call("POST", "/admin/sections/" + section.id(), "up"), editor ? REDIRECT : FORBIDDEN);
            expected.put(new Call("POST", "/admin/authors/" + author.id(), null), editor ? 400 : FORBIDDEN);
            expected.put(new Call("POST", "/admin/tags/" + tag.id(), "rename"), editor ? 400 : FORBIDDEN);
            expected.put(new Call("POST", "/admin/users/" + other.id(), "enable"), admin ? REDIRECT : FORBIDDEN);
            expected.put(new Call("POST", "/admin/account/password", null), 400);
            expected.put(new Call("POST", "/admin/stories/" + id + "/delete", null), editor ? REDIRECT : FORBIDDEN);
            for (var entry : expected.entrySet()) {
                Call call = entry.getKey();
                int status;
                if (call.method().equals("GET")) {
                    status = session.get(call.path()).statusCode();
                } else {
                    session.get("/admin/stories");
                    status = session.post(call.path(), call.action() == null ? List.of()
                            : List.of(Map.entry("action", call.action()))).statusCode();
                }
                if (status != entry.getValue()) {
                    failures.add(role + " " + call + ": expected " + entry.getValue() + " got " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void sendsStrangersToSignInAndRefusesTheirWrites() {
        for (String path : List.of("/admin", "/admin/stories", "/admin/stories/new", "/admin/stories/1", "/admin/account",
                "/preview/1")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/admin/login");
        }
        StaffSession stranger = new StaffSession(port);
        stranger.get("/admin/login");
        // a write is sent to sign in before its body is read, with or without a form token
        for (HttpResponse<String> write : List.of(stranger.post("/admin/stories", List.of(Map.entry("action", "save"))),
                stranger.postRaw("/admin/stories", List.of(Map.entry("action", "save"))))) {
            assertThat(write.statusCode()).isEqualTo(302);
            assertThat(write.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?expired");
        }
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() {
        StaffUser user = fixtures.staff(Role.EDITOR);
        StaffSession session = StaffSession.signedIn(port, user.username(), Fixtures.PASSWORD);
        HttpResponse<String> response = session.postRaw("/admin/stories", List.of(Map.entry("action", "save"),
                Map.entry("headline", "بلا رمز")));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("غير مسموح").doesNotContain("Exception");
    }
}
