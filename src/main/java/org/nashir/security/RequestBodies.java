package org.nashir.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nashir.shared.Refusal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How much of a request's body the site reads, and how slowly it lets it come, so that no client can fill the
 * server's memory or hold its workers by sending a body a byte at a time.
 * <ul>
 * <li>A declared length over the bound is refused with 413 before a byte is read.</li>
 * <li>A write to the back office by someone not signed in (other than signing in and the first-run setup) is
 * answered with the sign-in page before anything reads or parses its body.</li>
 * <li>Any other form or JSON body is read here, whole, before anything else sees it, at no less than the minimum
 * rate once the grace period has passed: slower, it is refused with 408. The rest of the application reads the
 * copy, so nothing after this filter can block on the network.</li>
 * <li>An upload (multipart) is parsed here too, so that a malformed one (a NUL in a file name) is a 400 with a
 * reason rather than an error deep in the CSRF check; its pace is bounded by the connection timeout only, which
 * is why the proxy in front must buffer request bodies (docs/operators/security.md).</li>
 * </ul>
 * What a refusal leaves unread, {@link UnreadBodies} reads and throws away at the same minimum rate, or not at all.
 * It runs inside Spring Security's chain, after the session's account is known and before the CSRF check.
 */
final class RequestBodies extends OncePerRequestFilter {

    private static final Refusal TOO_LARGE = new Refusal(413, "refusal.too-large",
            "refusal.too-large.page",
            "refusal.too-large.detail");
    private static final Refusal TOO_SLOW = new Refusal(408, "refusal.too-slow",
            "refusal.too-slow.page",
            "refusal.too-slow.detail");
    private static final Refusal BAD_UPLOAD = new Refusal(400, "refusal.bad-upload",
            "refusal.bad-upload.page",
            "refusal.bad-upload.detail");

    private final long max;
    private final SecurityProperties.BodyRate rate;

    RequestBodies(long max, SecurityProperties.BodyRate rate) {
        this.max = max;
        this.rate = rate;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > max) {
            refuse(TOO_LARGE, request, response);
            return;
        }
        if (SecurityContextHolder.getContext().getAuthentication() == null && writesWithoutAnAccount(request)) {
            // the CSRF check would read and parse the body first; nothing of it is wanted
            response.setHeader("Connection", "close");
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN + "?expired");
            return;
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            try {
                request.getParts();
            } catch (IllegalStateException | IOException | ServletException e) {
                // over a size bound or cut short: Tomcat keeps the failure, and the upload's own handlers answer it
            } catch (RuntimeException e) {
                refuse(BAD_UPLOAD, request, response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        BodyReader.Read read = BodyReader.read(request.getInputStream(), max, true, rate);
        if (read.outcome() == BodyReader.Outcome.TOO_SLOW) {
            UnreadBodies.abandon(request);
            refuse(TOO_SLOW, request, response);
            return;
        }
        if (read.outcome() == BodyReader.Outcome.TOO_LARGE) {
            refuse(TOO_LARGE, request, response);
            return;
        }
        chain.doFilter(new Buffered(request, read.bytes()), response);
    }

    /** A body of unknown length (chunked) may come with any method but those that never carry one. */
    private static boolean hasBody(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        return length > 0 || length < 0 && !SecurityConfiguration.isSafe(request.getMethod());
    }

    /** A write to the back office by someone not signed in, other than signing in and the first-run setup. */
    private static boolean writesWithoutAnAccount(HttpServletRequest request) {
        String path = request.getServletPath();
        return SecurityConfiguration.writesToBackOffice(request)
                && !path.equals(SecurityConfiguration.LOGIN) && !path.startsWith("/admin/setup/");
    }

    private static void refuse(Refusal refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        refusal.send(request, response, 1);
    }

    /** The body as it was read, for everything after this filter: its stream, its reader and its form fields. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;
        private Map<String, String[]> form;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was read already; it is not read asynchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values.clone();
        }

        /** The query's fields, then the form's, as Tomcat orders them; Tomcat reads only POST bodies as forms. */
        private Map<String, String[]> parameters() {
            if (form == null) {
                String type = getContentType();
                boolean isForm = "POST".equals(getMethod()) && type != null
                        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
                if (!isForm) {
                    form = super.getParameterMap();
                } else {
                    Map<String, List<String>> fields = new LinkedHashMap<>();
                    Charset charset = charset();
                    decode(getQueryString(), StandardCharsets.UTF_8, fields);
                    decode(new String(body, charset), charset, fields);
                    Map<String, String[]> map = new LinkedHashMap<>();
                    fields.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
                    form = Collections.unmodifiableMap(map);
                }
            }
            return form;
        }

        private Charset charset() {
            String encoding = getCharacterEncoding();
            try {
                return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }

        /** A malformed field (a stray %) is left out, as Tomcat leaves it out. */
        private static void decode(String encoded, Charset charset, Map<String, List<String>> fields) {
            if (encoded == null || encoded.isEmpty()) {
                return;
            }
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                try {
                    String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
                    String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
                    fields.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
                } catch (IllegalArgumentException e) {
                    // skipped
                }
            }
        }
    }
}
