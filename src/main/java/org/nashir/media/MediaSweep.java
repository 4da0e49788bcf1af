package org.nashir.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.nashir.shared.NashirProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An image's files are written before its row, so a process killed mid-upload leaves files that no
 * row names, and half-written {@code .tmp} files: never a row without its files. This removes those
 * leftovers at start and every hour, once they are older than any upload still running on any node
 * could be, so that the media folder and the database agree again.
 */
@Component
class MediaSweep {

    private static final Logger log = LoggerFactory.getLogger(MediaSweep.class);
    static final Duration GRACE = Duration.ofMinutes(15);

    private final MediaAssetRepository assets;
    private final Path root;
    private final Clock clock;

    MediaSweep(MediaAssetRepository assets, NashirProperties properties, Clock clock) {
        this.assets = assets;
        this.root = properties.dataDir().resolve("media");
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void sweep() {
        Instant before = clock.instant().minus(GRACE);
        int removed = 0;
        try {
            // read before the folders, so that a file older than the grace has its row here if it has one at all
            Set<String> kept = new HashSet<>(assets.fileKeys());
            removed += leftovers(root.resolve("originals"), before, kept);
            removed += leftovers(root.resolve("variants"), before, kept);
        } catch (IOException | RuntimeException e) {
            log.warn("Media sweep stopped: {}", e.toString());
        }
        if (removed > 0) {
            log.info("Removed {} media files and folders left by interrupted uploads", removed);
        }
    }

    /** Files (originals) or folders (variants) whose key no image has, and half-written files; older than the grace. */
    private static int leftovers(Path folder, Instant before, Set<String> kept) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (!older(entry, before)) {
                continue;
            }
            if (MediaStorage.FILE_KEY.matcher(name).matches()) {
                if (!kept.contains(name)) {
                    removed += delete(entry);
                } else if (Files.isDirectory(entry)) {
                    removed += temporary(entry, before);
                }
            } else if (name.endsWith(".tmp")) {
                removed += delete(entry);
            }
        }
        return removed;
    }

    private static int temporary(Path folder, Instant before) throws IOException {
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
                if (older(file, before)) {
                    removed += delete(file);
                }
            }
        }
        return removed;
    }

    private static boolean older(Path path, Instant before) throws IOException {
        FileTime modified = Files.getLastModifiedTime(path);
        return modified.toInstant().isBefore(before);
    }

    private static int delete(Path path) throws IOException {
        int removed = 0;
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                removed += Files.deleteIfExists(p) ? 1 : 0;
            }
        }
        return removed;
    }
}
