package org.nashir.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nashir.Fixtures;
import org.nashir.IntegrationTest;
import org.nashir.StaffSession;
import org.nashir.article.Article;
import org.nashir.article.ArticleDesk;
import org.nashir.article.StoryDraft;
import org.nashir.article.body.Block;
import org.nashir.article.body.Body;
import org.nashir.section.Section;
import org.nashir.security.Actor;
import org.nashir.security.Role;
import org.nashir.security.StaffUser;
import org.nashir.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks against a real HTTP server started by the test: signed deliveries for each story event,
 * retries after failures, and a partner that never answers holding up neither publishing nor others.
 */
class WebhookIntegrationTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request as the partner's server saw it. */
    record Received(String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    @Autowired
    private Webhooks webhooks;

    @Autowired
    private ArticleDesk desk;

    @Autowired
    private WebhookRepository hooks;

    private HttpServer partner;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private Actor admin;
    private StaffUser adminUser;
    private Section world;
    private final List<Webhook> registered = new CopyOnWriteArrayList<>();

    @BeforeEach
    void partnerServer() throws IOException {
        partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partner.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        partner.createContext("/ok", exchange -> {
            received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        partner.createContext("/flaky", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (flakyCalls.incrementAndGet() == 1) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                received.add(new Received("/flaky", Map.copyOf(exchange.getRequestHeaders()), body));
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        partner.createContext("/silent", exchange -> {
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        partner.start();
        fixtures.settings(s -> { });
        adminUser = fixtures.staff(Role.ADMINISTRATOR);
        admin = Actor.of(adminUser);
        world = fixtures.section("العالم");
    }

    @AfterEach
    void stopPartner() {
        registered.forEach(hook -> webhooks.remove(admin, hook.id()));
        partner.stop(0);
    }

    @Test
    void publishingAStorySendsASignedDeliveryToTheRegisteredUrl() {
        Webhook hook = register("/ok", WebhookEvent.PUBLISHED, WebhookEvent.UPDATED, WebhookEvent.UNPUBLISHED, WebhookEvent.DELETED);
        Article story = draft("خبر يُبلَّغ به الشركاء");

        desk.publish(admin, story.id());

        Received delivery = await(() -> received.stream().filter(r -> r.body().contains("\"id\":" + story.id())).findFirst().orElse(null));
        assertThat(delivery.path()).isEqualTo("/ok");
        assertThat(delivery.header("X-Nashir-Event")).isEqualTo("article.published");
        assertThat(delivery.header("Content-Type")).startsWith("application/json");
        String timestamp = delivery.header("X-Nashir-Timestamp");
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        assertThat(delivery.header("X-Nashir-Signature"))
                .isEqualTo("sha256=" + WebhookDispatcher.sign(hook.secret(), timestamp, delivery.body()));
        assertThat(delivery.header("X-Nashir-Signature"))
                .isNotEqualTo("sha256=" + WebhookDispatcher.sign("another-secret", timestamp, delivery.body()));

        JsonNode payload = JSON.readTree(delivery.body());
        assertThat(payload.get("event").asString()).isEqualTo("article.published");
        assertThat(payload.get("article").get("headline").asString()).isEqualTo("خبر يُبلَّغ به الشركاء");
        assertThat(payload.get("article").get("url").asString()).startsWith("http://localhost:" + port + "/");
        assertThat(payload.get("article").get("status").asString()).isEqualTo("published");
    }

    @Test
    void everyStoryEventReachesTheHooksThatAskedForIt() {
        register("/ok", WebhookEvent.UNPUBLISHED, WebhookEvent.DELETED);
        Article story = draft("خبر يُلغى نشره ثم يُحذف");
        desk.publish(admin, story.id());
        desk.unpublish(admin, story.id());
        desk.trash(admin, story.id());
        desk.delete(admin, story.id());

        await(() -> received.stream().filter(r -> "article.deleted".equals(r.header("X-Nashir-Event"))
                && r.body().contains("\"id\":" + story.id())).findFirst().orElse(null));
        List<String> events = received.stream().filter(r -> r.body().contains("\"id\":" + story.id()))
                .map(r -> r.header("X-Nashir-Event")).toList();
        assertThat(events).containsExactlyInAnyOrder("article.unpublished", "article.deleted");
    }

    @Test
    void aFailedDeliveryIsRetriedAndLogged() {
        Webhook hook = register("/flaky", WebhookEvent.PUBLISHED);
        Article story = draft("خبر يصل في المحاولة الثانية");

        desk.publish(admin, story.id());

        await(() -> received.stream().filter(r -> r.path().equals("/flaky") && r.body().contains("\"id\":" + story.id()))
                .findFirst().orElse(null));
        WebhookDelivery logged = await(() -> webhooks.log(hook.id()).stream()
                .filter(d -> d.status() == WebhookDelivery.Status.DELIVERED).findFirst().orElse(null));
        assertThat(logged.attempts()).isEqualTo(2);
        assertThat(flakyCalls.get()).isEqualTo(2);

        StaffSession session = StaffSession.signedIn(port, adminUser.username(), Fixtures.PASSWORD);
        Document page = session.page("/admin/webhooks/" + hook.id());
        assertThat(page.select("table.deliveries tbody tr")).hasSize(1);
        assertThat(page.select("table.deliveries").text()).contains("article.published", "سُلّم");
        assertThat(page.selectFirst("code.secret").text()).isEqualTo(hook.secret());
    }

    @Test
    void aHookAtAnInsideAddressIsRefusedWhenRegistered() {
        assertThatThrownBy(() -> webhooks.register(admin, "http://169.254.169.254/latest/meta-data", Set.of(WebhookEvent.PUBLISHED)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("شبكة داخلية");
        StaffSession session = StaffSession.signedIn(port, adminUser.username(), Fixtures.PASSWORD);
        session.get("/admin/webhooks");
        HttpResponse<String> refused = session.post("/admin/webhooks", List.of(Map.entry("url", "http://10.1.2.3/hook"),
                Map.entry("event", "article.published")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).text()).contains("شبكة داخلية", "10.1.2.3");
    }

    @Test
    void aHookWhoseAddressNowLeadsInsideIsNeverCalled() {
        // as a name registered while it pointed outside, and pointed inside since
        Webhook hook = hooks.save(new Webhook("http://169.254.169.254/latest/meta-data", "0".repeat(64),
                Set.of(WebhookEvent.PUBLISHED), Instant.now()));
        registered.add(hook);
        Article story = draft("خبر لا يصل إلى الشبكة الداخلية");

        desk.publish(admin, story.id());

        WebhookDelivery refused = await(() -> webhooks.log(hook.id()).stream()
                .filter(d -> d.lastError() != null).findFirst().orElse(null));
        assertThat(refused.lastError()).contains("شبكة داخلية", "169.254.169.254");
        assertThat(refused.lastStatus()).isNull();
    }

    @Test
    void aPartnerThatNeverAnswersHoldsUpNeitherPublishingNorOtherPartners() {
        Webhook silent = register("/silent", WebhookEvent.PUBLISHED);
        register("/ok", WebhookEvent.PUBLISHED);
        Article story = draft("خبر لا ينتظر أحداً");

        Instant before = Instant.now();
        desk.publish(admin, story.id());
        assertThat(Duration.between(before, Instant.now())).as("publishing returns without waiting for any partner")
                .isLessThan(Duration.ofSeconds(2));

        await(() -> received.stream().filter(r -> r.body().contains("\"id\":" + story.id())).findFirst().orElse(null));
        WebhookDelivery timedOut = await(() -> webhooks.log(silent.id()).stream()
                .filter(d -> d.attempts() >= 1).findFirst().orElse(null));
        assertThat(timedOut.status()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(timedOut.lastError()).containsIgnoringCase("timed out");
        assertThat(timedOut.nextAttemptAt()).isNotNull();
    }

    @Test
    void onlyAdministratorsRegisterHooksAndOnlyAtHttpAddresses() {
        StaffSession editor = StaffSession.signedIn(port, fixtures.staff(Role.EDITOR).username(), Fixtures.PASSWORD);
        assertThat(editor.get("/admin/webhooks").statusCode()).isEqualTo(403);

        StaffSession session = StaffSession.signedIn(port, adminUser.username(), Fixtures.PASSWORD);
        session.get("/admin/webhooks");
        assertThat(session.post("/admin/webhooks", List.of(Map.entry("url", "file:///etc/passwd"),
                Map.entry("event", "article.published"))).statusCode()).isEqualTo(400);
        assertThat(session.post("/admin/webhooks", List.of(Map.entry("url", "https://user:pw@partner.example/hook"),
                Map.entry("event", "article.published"))).statusCode()).isEqualTo(400);
        var created = session.post("/admin/webhooks", List.of(Map.entry("url", "https://203.0.113.10/hook"),
                Map.entry("event", "article.published")));
        assertThat(created.statusCode()).isEqualTo(302);
        long id = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/webhooks/(\\d+).*", "$1"));
        registered.add(webhooks.find(id));
        assertThat(session.page("/admin/webhooks").text()).contains("https://203.0.113.10/hook");
    }

    private Webhook register(String path, WebhookEvent... events) {
        Webhook hook = webhooks.register(admin, "http://127.0.0.1:" + partner.getAddress().getPort() + path, Set.of(events));
        registered.add(hook);
        return hook;
    }

    private Article draft(String headline) {
        return desk.create(admin, new StoryDraft(headline, null, null, world.id(), List.of(), List.of(), List.of(), null,
                new Body(List.of(new Block.Paragraph("نص الخبر."))), false, null, null, null));
    }

    /** Deliveries happen on other threads: waits up to 15 s for {@code probe} to find something. */
    private static <T> T await(Supplier<T> probe) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("nothing arrived within 15 s");
    }
}
