package org.nashir.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;

/**
 * A refusal written before any of the application runs (a flood, a client over its limit): a short
 * Arabic page for readers, problem details for the API, and when to come back. It costs no rendering,
 * no database and no session, which is the point of answering early.
 */
public final class Refusal {

    private final int status;
    private final byte[] page;
    private final byte[] problem;

    /**
     * @param status    the HTTP status
     * @param titleKey  the message that is the page's heading and the problem's title
     * @param pageKey   the message of the page, for readers
     * @param detailKey the message of the problem's detail, for programs
     */
    public Refusal(int status, String titleKey, String pageKey, String detailKey) {
        this.status = status;
        String title = Messages.text(titleKey);
        String page = Messages.text(pageKey);
        String detail = Messages.text(detailKey);
        this.page = ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><h1>" + title + "</h1><p>" + page + "</p></body></html>\n").getBytes(StandardCharsets.UTF_8);
        this.problem = ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
                + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    public void send(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) throws IOException {
        boolean api = request.getServletPath().startsWith("/api/");
        response.setStatus(status);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfterSeconds)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(api ? "application/problem+json;charset=UTF-8" : "text/html;charset=UTF-8");
        byte[] body = api ? problem : page;
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
