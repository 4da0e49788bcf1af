package org.nashir.media;

import java.nio.file.Path;
import java.time.Duration;
import org.nashir.shared.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves image variants straight from disk: the key in the URL names an immutable file, so no database is asked (but for
 * a card's cut not drawn yet).
 */
@Controller
class MediaController {

    private final MediaStorage storage;

    MediaController(MediaStorage storage) {
        this.storage = storage;
    }

    @GetMapping("/media/{key}/{width:\\d{1,4}}.jpg")
    ResponseEntity<Resource> variant(@PathVariable String key, @PathVariable int width) {
        return serve(storage.variant(key, width), key, width);
    }

    /** A card's 16:9 cut around the focal point. */
    @GetMapping("/media/{key}/" + MediaStorage.WIDE + "{width:\\d{1,4}}.jpg")
    ResponseEntity<Resource> wide(@PathVariable String key, @PathVariable int width) {
        return serve(storage.wideVariant(key, width), key, width);
    }

    private static ResponseEntity<Resource> serve(Path file, String key, int width) {
        if (file == null) {
            throw new NotFoundException("media " + key + " at " + width);
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .contentType(MediaType.IMAGE_JPEG)
                .body(new FileSystemResource(file));
    }
}
