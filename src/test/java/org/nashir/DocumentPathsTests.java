package org.nashir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file the code and the docs point the reader to is in the repository: links between documents, paths in
 * backquotes, paths named in comments. Files outside it (the workplace's benchmark peers and corpus, under
 * {@code ../shared}) are named as such and not checked; the documents once cited from there are kept in docs/.
 */
class DocumentPathsTests {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** A repository path as code and docs write one: from a top folder down to a file or folder. */
    private static final Pattern REPO_PATH = Pattern.compile(
            "(?<![\\w./$-])((?:docs|bench|deploy|tools|src/main|src/test|\\.ci)/[\\w./{}-]*[\\w/])");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    /** Documents that lived outside the repository and are now in docs/ or under src/test/resources. */
    private static final Pattern OUTSIDE = Pattern.compile("shared/(?:docs|arabic)/");

    @Test
    void everyPathTheDocsAndTheCodeNameExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : files()) {
            String text = Files.readString(file);
            String name = ROOT.relativize(file).toString();
            Matcher paths = REPO_PATH.matcher(text);
            while (paths.find()) {
                String path = paths.group(1);
                // a pattern or a placeholder names many files, not one
                if (path.contains("{") || path.contains("*") || path.endsWith("/.")) {
                    continue;
                }
                if (!Files.exists(ROOT.resolve(path)) && !generated(path)) {
                    missing.add(name + ": " + path);
                }
            }
            if (name.endsWith(".md")) {
                Matcher links = MARKDOWN_LINK.matcher(text);
                while (links.find()) {
                    String target = links.group(1).replaceAll("#.*", "");
                    if (target.isEmpty() || target.matches("[a-z]+:.*")) {
                        continue;
                    }
                    if (!Files.exists(file.getParent().resolve(target).normalize())) {
                        missing.add(name + ": link " + target);
                    }
                }
            }
            if (OUTSIDE.matcher(text).find()) {
                missing.add(name + ": cites a document outside the repository (shared/docs or shared/arabic)");
            }
        }
        assertThat(missing).as("paths named in code and docs that do not exist").isEmpty();
    }

    /** Made by the build or a run, not kept in the repository. */
    private static boolean generated(String path) {
        return path.startsWith("src/main/node_modules") || path.startsWith("bench/") && path.contains("/results");
    }

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CONTRIBUTING.md")));
        for (String top : List.of("docs", "src/main", "src/test/java", "bench", "deploy", "tools", ".ci")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(top))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(md|java|jte|yml|sh|py|js|css|properties)$") || p.endsWith("run"))
                        .filter(p -> !p.toString().contains("node_modules"))
                        .forEach(files::add);
            }
        }
        return files;
    }
}
