package org.nashir.site;

import jakarta.servlet.http.HttpServletRequest;
import org.nashir.reads.ReadCounter;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a story page, once seen, says it was read ({@code reading.js}): an empty answer whatever was counted, so
 * that nobody learns from it what is counted.
 */
@RestController
class ReadingController {

    private final ReadCounter counter;

    ReadingController(ReadCounter counter) {
        this.counter = counter;
    }

    @PostMapping("/reads/{id:\\d{1,18}}")
    ResponseEntity<Void> read(@PathVariable long id, HttpServletRequest request) {
        counter.count(id, request.getRemoteAddr(), request.getHeader("User-Agent"));
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }
}
