package org.nashir;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A browser-like HTTP client for the back office: keeps cookies and sends the CSRF token of the page it read. */
public final class StaffSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf = "";
    private String client;

    public StaffSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static StaffSession signedIn(int port, String username, String password) {
        StaffSession session = new StaffSession(port);
        HttpResponse<String> response = session.signIn(username, password);
        if (!response.headers().firstValue("Location").orElse("").endsWith("/admin/stories")) {
            throw new AssertionError("sign-in of " + username + " failed: " + response.headers().firstValue("Location"));
        }
        return session;
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /** Holds a cookie someone else chose, as a victim of session fixation would. */
    public void plant(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    /** Sends the next form with this CSRF token instead of the one from the last page read. */
    public String csrf() {
        return csrf;
    }

    public void useCsrf(String token) {
        csrf = token;
    }

    public HttpResponse<String> signIn(String username, String password) {
        get("/admin/login");
        return post("/admin/login", List.of(Map.entry("username", username), Map.entry("password", password)));
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(builder(path).GET().build());
        Element token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
        if (token != null) {
            csrf = token.attr("value");
        }
        return response;
    }

    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), base + path);
    }

    /** Posts the fields with the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", csrf));
        return postRaw(path, all);
    }

    public HttpResponse<String> postRaw(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(builder(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a multipart form with one file, as a browser's upload form does, with the last page's CSRF token. */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, byte[] content) {
        return upload(path, fields, "file", fileName, content);
    }

    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        return upload(path, fields, fileField, fileName, content, "text/html");
    }

    /** The same upload as a page's script sends it, asking for JSON. */
    public HttpResponse<String> uploadForScript(String path, Map<String, String> fields, String fileName, byte[] content) {
        return upload(path, fields, "file", fileName, content, "application/json");
    }

    private HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] content, String accept) {
        var all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        Multipart form = Multipart.of(all, fileField, fileName, "application/octet-stream", content);
        return send(builder(path).header("Content-Type", form.contentType()).header("Accept", accept).POST(form.body()).build());
    }

    /** Submits a form of a page as a browser would, with its current values, some replaced, and the pressed button. */
    public HttpResponse<String> submit(Document page, String formSelector, Map<String, String> changes, String action) {
        org.jsoup.nodes.FormElement form = (org.jsoup.nodes.FormElement) page.selectFirst(formSelector);
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        // jsoup sends the first option of a list where nothing is chosen; a browser sends nothing
        List<String> unchosen = form.select("select[multiple]").stream()
                .filter(select -> select.selectFirst("option[selected]") == null).map(select -> select.attr("name")).toList();
        for (var key : form.formData()) {
            if (key.key().equals("action") || unchosen.contains(key.key())) {
                continue;
            }
            fields.add(Map.entry(key.key(), changes.getOrDefault(key.key(), key.value())));
        }
        changes.forEach((k, v) -> {
            if (fields.stream().noneMatch(f -> f.getKey().equals(k))) {
                fields.add(Map.entry(k, v));
            }
        });
        fields.add(Map.entry("action", action));
        return postRaw(URI.create(page.location()).resolve(form.attr("action")).getPath(), fields);
    }

    /** Behind a proxy the site trusts (server.forward-headers-strategy), this session's requests come from this client address. */
    public StaffSession from(String address) {
        client = address;
        return this;
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        return client == null ? builder : builder.header("X-Forwarded-For", client);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
