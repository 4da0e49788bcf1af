package org.nashir.feed;

import jakarta.servlet.http.HttpServletRequest;
import org.nashir.shared.SurrogateKeys;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** RSS at {@code …/feed} and Atom at {@code …/feed/atom}, for the site and each section, author and tag. */
@Controller
class FeedController {

    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final Feeds feeds;

    FeedController(Feeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping({"/feed", "/feed/atom"})
    ResponseEntity<String> site(HttpServletRequest request) {
        return respond(feeds.site(), request);
    }

    @GetMapping({"/{section}/feed", "/{section}/feed/atom"})
    ResponseEntity<String> section(@PathVariable String section, HttpServletRequest request) {
        return respond(feeds.section(section), request);
    }

    @GetMapping({"/author/{slug}/feed", "/author/{slug}/feed/atom"})
    ResponseEntity<String> author(@PathVariable String slug, HttpServletRequest request) {
        return respond(feeds.author(slug), request);
    }

    @GetMapping({"/tag/{slug}/feed", "/tag/{slug}/feed/atom"})
    ResponseEntity<String> tag(@PathVariable String slug, HttpServletRequest request) {
        return respond(feeds.tag(slug), request);
    }

    /** Readers poll; the caches' lifetimes plus ETags turn most polls into 304s. */
    private static ResponseEntity<String> respond(Feed feed, HttpServletRequest request) {
        boolean atom = request.getRequestURI().endsWith("/atom");
        return ResponseEntity.ok().contentType(atom ? ATOM : RSS).header(SurrogateKeys.HEADER, feed.keys().toString())
                .lastModified(feed.updated()).body(atom ? AtomWriter.write(feed) : RssWriter.write(feed));
    }
}
