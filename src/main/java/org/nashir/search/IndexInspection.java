package org.nashir.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.nashir.shared.NashirProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Looks at the index directory before Hibernate Search opens it. An index it cannot read (files lost in a
 * crash, a disk error) is set aside and the search starts empty; {@link IndexMaintenance} then rebuilds it
 * from the database, because the story counts no longer agree.
 */
@Component("indexInspection")
public class IndexInspection {

    private static final Logger log = LoggerFactory.getLogger(IndexInspection.class);

    IndexInspection(NashirProperties properties) {
        Path root = properties.dataDir().resolve("index");
        Path story = root.resolve(StoryIndexMapping.INDEX);
        if (Files.isDirectory(story) && !readable(story)) {
            Path aside = root.resolve(StoryIndexMapping.INDEX + ".damaged-" + System.currentTimeMillis());
            log.warn("The search index in {} cannot be read; it is moved to {} and rebuilt from the database",
                    story, aside);
            try {
                deleteQuietly(root, StoryIndexMapping.INDEX + ".damaged-");
                Files.move(story, aside);
            } catch (IOException e) {
                throw new UncheckedIOException("The damaged search index could not be moved aside", e);
            }
        }
    }

    private static boolean readable(Path directory) {
        try (FSDirectory files = FSDirectory.open(directory)) {
            if (!DirectoryReader.indexExists(files)) {
                return true;
            }
            try (DirectoryReader reader = DirectoryReader.open(files)) {
                reader.leaves().forEach(leaf -> leaf.reader().getLiveDocs());
                return true;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Search index check failed: {}", e.toString());
            return false;
        }
    }

    /** Only the last damaged copy is kept, for whoever wants to look at it. */
    private static void deleteQuietly(Path root, String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path old : entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                try (Stream<Path> tree = Files.walk(old)) {
                    for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /** Hibernate Search opens the index while JPA starts, so JPA waits for the inspection. */
    @Component
    static class JpaWaitsForInspection extends EntityManagerFactoryDependsOnPostProcessor {
        JpaWaitsForInspection() {
            super("indexInspection");
        }
    }
}
