package org.nashir.seo;

import java.time.YearMonth;
import java.time.DateTimeException;
import org.nashir.article.Permalinks;
import org.nashir.shared.NotFoundException;
import org.nashir.shared.SurrogateKeys;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** robots.txt and the sitemaps. */
@Controller
class SeoController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final String MONTH = "articles-{year:\\d{4}}-{month:\\d{2}}";

    private final Sitemaps sitemaps;

    SeoController(Sitemaps sitemaps) {
        this.sitemaps = sitemaps;
    }

    @GetMapping(value = "/robots.txt")
    ResponseEntity<String> robots() {
        String body = """
                User-agent: *
                Disallow: /admin/
                Disallow: /preview/
                Disallow: /api/
                Disallow: /search

                Sitemap: %s
                """.formatted(sitemaps.base() + Permalinks.sitemapIndex());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .header(SurrogateKeys.HEADER, SurrogateKeys.of().toString()).body(body);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index() {
        return xml(SitemapWriter.index(sitemaps.index()));
    }

    @GetMapping("/sitemaps/" + MONTH + ".xml")
    ResponseEntity<String> month(@PathVariable int year, @PathVariable int month) {
        return monthPart(year, month, 1);
    }

    @GetMapping("/sitemaps/" + MONTH + "-{part:\\d{1,5}}.xml")
    ResponseEntity<String> monthPart(@PathVariable int year, @PathVariable int month, @PathVariable int part) {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.of(year, month);
        } catch (DateTimeException e) {
            throw new NotFoundException("sitemap " + year + "-" + month);
        }
        return xml(SitemapWriter.urls(sitemaps.month(yearMonth, part)));
    }

    @GetMapping("/sitemaps/sections-authors-tags.xml")
    ResponseEntity<String> taxonomy() {
        return taxonomyPart(1);
    }

    @GetMapping("/sitemaps/sections-authors-tags-{part:\\d{1,5}}.xml")
    ResponseEntity<String> taxonomyPart(@PathVariable int part) {
        return xml(SitemapWriter.urls(sitemaps.taxonomy(part)));
    }

    @GetMapping("/sitemaps/news.xml")
    ResponseEntity<String> news() {
        return xml(SitemapWriter.urls(sitemaps.news()));
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok().contentType(XML).header(SurrogateKeys.HEADER, SurrogateKeys.of(SurrogateKeys.SITEMAP).toString())
                .body(body);
    }
}
