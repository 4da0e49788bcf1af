package org.nashir.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nashir.shared.Refusal;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what a request may send, forms and JSON alike (uploads have their own, larger bound in
 * spring.servlet.multipart): a declared length over it is refused with 413 before a byte is read, and
 * a body sent without one stops being read at the bound, so no request can fill the server's memory.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

    private static final Refusal TOO_LARGE = new Refusal(413, "الطلب كبير جداً",
            "ما أرسلته أكبر مما يقبله الموقع في طلب واحد.",
            "حجم الطلب أكبر من المسموح.");

    private final long max;

    RequestBodyLimit(long max) {
        this.max = max;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > max) {
            TOO_LARGE.send(request, response, 0);
            return;
        }
        chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Bounded(request, max), response);
    }

    /** A body of unknown length, read no further than the bound. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long max;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > max) {
                        throw new IOException("request body over " + max + " bytes");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
