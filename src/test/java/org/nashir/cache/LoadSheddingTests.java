package org.nashir.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** When every turn is taken, a request waits a little, then gets a quick 503 with Retry-After instead of queueing. */
class LoadSheddingTests {

    private final LoadShedding shedding = new LoadShedding(
            new CacheProperties.Overload(1, Duration.ofMillis(50), Duration.ofSeconds(7)));

    @Test
    void aRequestBeyondTheBoundIsRefusedWithRetryAfterWhileTheAdmittedOneRuns() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FilterChain slow = (request, response) -> {
            entered.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ((jakarta.servlet.http.HttpServletResponse) response).setStatus(200);
        };
        MockHttpServletResponse first = new MockHttpServletResponse();
        CompletableFuture<Void> admitted = CompletableFuture.runAsync(() -> {
            try {
                shedding.doFilter(page("/world/1"), first, slow);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse page = new MockHttpServletResponse();
        shedding.doFilter(page("/world"), page, slow);
        MockHttpServletResponse api = new MockHttpServletResponse();
        shedding.doFilter(page("/api/v1/articles"), api, slow);

        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("7");
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("الموقع مشغول");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":503");

        release.countDown();
        admitted.get(5, TimeUnit.SECONDS);
        assertThat(first.getStatus()).isEqualTo(200);
        MockHttpServletResponse after = new MockHttpServletResponse();
        shedding.doFilter(page("/world"), after, (request, response) -> { });
        assertThat(after.getStatus()).isEqualTo(200);
    }

    @Test
    void theNewsroomIsNeverHeldBack() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> busy = CompletableFuture.runAsync(() -> {
            try {
                shedding.doFilter(page("/world"), new MockHttpServletResponse(), (request, response) -> {
                    entered.countDown();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        MockHttpServletResponse reader = new MockHttpServletResponse();
        shedding.doFilter(page("/world"), reader, (request, response) -> { });
        MockHttpServletResponse admin = new MockHttpServletResponse();
        shedding.doFilter(page("/admin/stories"), admin, (request, response) -> { });

        assertThat(reader.getStatus()).isEqualTo(503);
        assertThat(admin.getStatus()).isEqualTo(200);
        release.countDown();
        busy.get(5, TimeUnit.SECONDS);
    }

    private static MockHttpServletRequest page(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return request;
    }
}
