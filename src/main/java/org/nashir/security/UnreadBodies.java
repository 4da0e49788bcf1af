package org.nashir.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * What happens to a body nobody read: a refusal (413, 429, 503, the sign-in page for a stranger) answers without
 * reading it. Tomcat would then read it to its end (up to 2 MB) at whatever pace the client sends it, holding the
 * worker all along: a client sending a byte every few seconds held one for hours. Here the answer is sent first,
 * then the rest is read and thrown away at the minimum rate ({@link BodyReader}), so a browser still sending its
 * form sees the answer; slower or longer than that, Tomcat is told to read no more and the connection just closes.
 * It runs on the engine, outside the host's error pages: telling Tomcat marks the request failed, which inside them
 * would send an error page after the answer already given.
 */
final class UnreadBodies extends ValveBase {

    private static final String ABANDON = UnreadBodies.class.getName() + ".abandon";
    /** Tomcat's own bound on what it reads of an unread body to keep a connection. */
    private static final long DISCARDED_AT_MOST = 2 * 1024 * 1024;

    private final SecurityProperties.BodyRate rate;

    UnreadBodies(SecurityProperties.BodyRate rate) {
        super(true);
        this.rate = rate;
    }

    /** The rest of this request's body is not to be read by anyone, Tomcat included: the connection just closes. */
    static void abandon(HttpServletRequest request) {
        request.setAttribute(ABANDON, Boolean.TRUE);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (request.isAsync() || request.getHeader("Expect") != null) {
            return; // Tomcat does not read the body of a refused 100-continue request; async requests end later
        }
        AtomicBoolean finished = new AtomicBoolean(true);
        request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, finished);
        if (finished.get()) {
            return;
        }
        boolean drop = request.getAttribute(ABANDON) != null;
        if (!drop) {
            try {
                response.setSuspended(false); // a redirect suspends the response until the request ends
                response.flushBuffer();
                drop = BodyReader.read(request.getStream(), DISCARDED_AT_MOST, false, rate).outcome() != BodyReader.Outcome.WHOLE;
            } catch (IOException | IllegalStateException e) {
                drop = true;
            }
        }
        if (drop) {
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }
}
