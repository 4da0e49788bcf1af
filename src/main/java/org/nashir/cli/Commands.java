package org.nashir.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nashir.backup.BackupException;
import org.nashir.backup.SiteBackup;
import org.nashir.importer.ImportSummary;
import org.nashir.importer.StoryImport;
import org.nashir.importer.WordPressImport;
import org.nashir.importer.WordPressReport;
import org.nashir.importer.WordPressReports;
import org.nashir.search.IndexMaintenance;
import org.nashir.security.ApiScope;
import org.nashir.security.ApiTokens;
import org.nashir.security.StaffAccounts;
import org.nashir.shared.Coded;
import org.nashir.shared.InvalidInputException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Operator commands: {@code java -jar nashir.jar <command> [--option=value …]}. A command starts the
 * application without a web server, does its work against the configured database and exits: 0 on
 * success, 1 when the input was refused, 2 on usage errors.
 */
public final class Commands {

    private static final Set<String> NAMES = Set.of("create-admin", "create-token", "export", "import", "import-wordpress",
            "reindex", "restore");

    private Commands() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        Map<String, String> options = options(args);
        if (options == null || (Set.of("import", "import-wordpress", "export", "restore").contains(args[0])
                && !options.containsKey(FILE))
                || (options.containsKey("media-dir") && options.containsKey("media-base-url"))) {
            usage(System.err);
            return 2;
        }
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        // as arguments, because defaults would lose to application.yml: a command never loads the demo; a start that
        // fails is told below in a sentence, not by Spring's and the pool's stack traces
        ConfigurableApplicationContext started;
        try {
            started = spring.run("--nashir.demo=false", "--logging.level.root=warn", "--spring.main.banner-mode=off",
                    "--logging.level.org.springframework.boot.SpringApplication=off", "--logging.level.com.zaxxer.hikari=off");
        } catch (RuntimeException e) {
            System.err.println(startFailure(e));
            return 1;
        }
        try (ConfigurableApplicationContext context = started) {
            return switch (args[0]) {
                case "import" -> importFile(context.getBean(StoryImport.class), context.getBean(IndexMaintenance.class),
                        Path.of(options.get(FILE)));
                case "import-wordpress" -> importWordPress(context.getBean(WordPressImport.class),
                        context.getBean(IndexMaintenance.class), Path.of(options.get(FILE)), options);
                case "reindex" -> reindex(context.getBean(IndexMaintenance.class));
                case "export" -> export(context.getBean(SiteBackup.class), Path.of(options.get(FILE)),
                        options.containsKey("with-password-hashes"));
                case "restore" -> restore(context.getBean(SiteBackup.class), Path.of(options.get(FILE)),
                        options.containsKey("force"));
                case "create-token" -> createToken(context.getBean(ApiTokens.class), options);
                default -> createAdmin(context.getBean(StaffAccounts.class), options);
            };
        }
    }

    /** Why a command could not start, in one sentence: the database in use by a running site is the usual reason. */
    static String startFailure(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (heldByRunningSite(cause)) {
                return "The embedded database is in use by a running Nashir: stop the site, run the command, start it again"
                        + " (with PostgreSQL, commands run beside the site).";
            }
            deepest = cause;
        }
        String message = String.valueOf(deepest.getMessage());
        return "Could not start: " + message.lines().findFirst().orElse(deepest.getClass().getSimpleName());
    }

    private static boolean heldByRunningSite(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        return message.contains("file is locked") || message.contains("already in use");
    }

    private static int importFile(StoryImport importer, IndexMaintenance index, Path file) {
        if (!Files.isReadable(file)) {
            System.err.println("cannot read " + file);
            return 2;
        }
        ImportSummary summary = imported(index, listener -> importer.run(file, listener));
        if (summary == null) {
            return 1;
        }
        for (ImportSummary.Problem problem : summary.problems()) {
            System.out.println("line " + problem.line() + ": " + problem.message());
        }
        if (summary.refused() > summary.problems().size()) {
            System.out.println("… and " + (summary.refused() - summary.problems().size()) + " more refused lines");
        }
        System.out.printf("%,d lines: %,d stories imported, %,d already on the site, %,d lines refused;"
                + " %.1f s, %,.0f stories/s%n", summary.lines(), summary.imported(), summary.alreadyThere(),
                summary.refused(), summary.took().toMillis() / 1000.0, summary.perSecond());
        return summary.refused() == 0 ? 0 : 1;
    }

    private static int importWordPress(WordPressImport importer, IndexMaintenance index, Path file,
            Map<String, String> options) {
        WordPressImport.MediaSource media = new WordPressImport.MediaSource(
                options.containsKey("media-dir") ? Path.of(options.get("media-dir")) : null, options.get("media-base-url"));
        if (!Files.isReadable(file) || (media.directory() != null && !Files.isDirectory(media.directory()))) {
            System.err.println("cannot read " + (Files.isReadable(file) ? "the folder " + media.directory() : file));
            return 2;
        }
        WordPressReport report = imported(index, listener -> importer.run(file, media, listener));
        if (report == null) {
            return 1;
        }
        WordPressReports.print(report, System.out);
        return report.refusedFile() != null && report.imported() == 0 ? 1 : 0;
    }

    private interface ImportRun<T> {
        T run(StoryImport.Listener listener) throws IOException;
    }

    /** Runs an import with a progress bar, then makes sure the search index holds what came in; null when the file could not be read. */
    private static <T> T imported(IndexMaintenance index, ImportRun<T> run) {
        T result;
        long[] shown = {-1};
        try {
            result = run.run((fraction, imported, refused) -> {
                long now = System.currentTimeMillis();
                if (fraction >= 1 || now - shown[0] >= 250) {
                    shown[0] = now;
                    System.err.print("\r" + bar(fraction) + String.format(" %,d imported, %,d refused", imported, refused));
                }
            });
        } catch (IOException e) {
            System.err.println();
            System.err.println("import stopped, the file could not be read: " + e.getMessage());
            return null;
        }
        System.err.println();
        String repaired = index.rebuildWhenStale(Long.MAX_VALUE);
        if (repaired != null) {
            System.err.println("the search index missed some stories (" + repaired + ") and was rebuilt");
        }
        return result;
    }

    private static int export(SiteBackup backup, Path dir, boolean withPasswordHashes) {
        try {
            SiteBackup.Summary summary = backup.export(dir, withPasswordHashes);
            System.out.println("Site written to " + dir + " (schema " + summary.schema() + "): " + describe(summary)
                    + (withPasswordHashes ? "; with password hashes: keep it as safe as the database"
                            : "; without password hashes"));
            return 0;
        } catch (BackupException e) {
            System.err.println("export refused: " + e.getMessage());
            return 1;
        }
    }

    private static int restore(SiteBackup backup, Path dir, boolean force) {
        try {
            SiteBackup.Summary summary = backup.restore(dir, force);
            System.out.println("Site restored from " + dir + ": " + describe(summary));
            return 0;
        } catch (BackupException e) {
            System.err.println("restore refused: " + e.getMessage());
            return 1;
        }
    }

    private static String describe(SiteBackup.Summary summary) {
        return String.format("%,d stories, %,d revisions, %,d media files, %,d people, %,d old addresses",
                summary.rows().get("article"), summary.rows().get("article_revision"), summary.mediaFiles(),
                summary.rows().get("app_user"), summary.rows().get("legacy_url"));
    }

    private static int reindex(IndexMaintenance index) {
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        Thread bar = new Thread(() -> {
            while (!finished.get()) {
                IndexMaintenance.Progress p = index.progress();
                System.err.print("\r" + bar(p.percent() / 100.0) + String.format(" %,d / %,d", p.done(), p.total()));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        bar.setDaemon(true);
        bar.start();
        IndexMaintenance.Progress done = index.rebuildAndWait("asked for on the command line");
        finished.set(true);
        System.err.println();
        if (done.state() != IndexMaintenance.State.DONE) {
            System.err.println("reindex failed; see the log");
            return 1;
        }
        System.out.printf("Search index rebuilt: %,d stories in %.1f s%n", done.done(),
                java.time.Duration.between(done.startedAt(), done.finishedAt()).toMillis() / 1000.0);
        return 0;
    }

    private static String bar(double fraction) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 30);
        return "[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + String.format("%3d%%", Math.round(fraction * 100));
    }

    private static int createAdmin(StaffAccounts accounts, Map<String, String> options) {
        String username = options.get("username");
        String name = options.getOrDefault("name", username);
        if (username == null) {
            usage(System.err);
            return 2;
        }
        String password = System.getenv("NASHIR_ADMIN_PASSWORD");
        if (password == null) {
            password = readPassword();
        }
        try {
            accounts.createAdministrator(username, name, password);
        } catch (InvalidInputException e) {
            System.err.println("refused (" + e.field() + "): " + e.getMessage());
            return 1;
        }
        System.out.println("Administrator " + username + " created. Sign in at /admin/login.");
        return 0;
    }

    /** Prints a new API token for scripts and deployments; it is shown once, like in the back office. */
    private static int createToken(ApiTokens tokens, Map<String, String> options) {
        String username = options.get("username");
        String scopes = options.getOrDefault("scopes", "");
        if (username == null) {
            usage(System.err);
            return 2;
        }
        try {
            ApiTokens.Issued issued = tokens.issue(username, options.getOrDefault("name", "command line"),
                    Coded.fromCodes(ApiScope.class, List.of(scopes.split(",")).stream()
                            .filter(code -> !code.isBlank()).toList(), "scopes"));
            System.out.println(issued.token());
            return 0;
        } catch (InvalidInputException e) {
            System.err.println("refused (" + e.field() + "): " + e.getMessage());
            return 1;
        }
    }

    private static String readPassword() {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password (12 characters or more): ");
            return typed == null ? null : new String(typed);
        }
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static final String FILE = "file";
    private static final Set<String> FLAGS = Set.of("force", "with-password-hashes");

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") && !options.containsKey(FILE)) {
                options.put(FILE, args[i]);
                continue;
            }
            if (!args[i].startsWith("--")) {
                return null;
            }
            if (FLAGS.contains(args[i].substring(2))) {
                options.put(args[i].substring(2), "true");
            } else if (args[i].contains("=")) {
                String[] pair = args[i].substring(2).split("=", 2);
                options.put(pair[0], pair[1]);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                return null;
            }
        }
        return options;
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar nashir.jar create-admin --username=NAME [--name=\"Display name\"]");
        out.println("         the password comes from NASHIR_ADMIN_PASSWORD, or is asked for (standard input)");
        out.println("       java -jar nashir.jar create-token --username=NAME --scopes=stories:write,stories:publish,media:write");
        out.println("         [--name=\"what uses it\"]: prints a new API token for that staff member");
        out.println("       java -jar nashir.jar import FILE     stories from JSON lines, plain or .gz (see README)");
        out.println("       java -jar nashir.jar import-wordpress FILE.xml [--media-dir DIR | --media-base-url URL]");
        out.println("         a WordPress export (WXR), with its images (a copy of wp-content/uploads, or where it is");
        out.println("         served from; by default the addresses in the export) and redirects from its old addresses");
        out.println("       java -jar nashir.jar export DIR [--with-password-hashes]");
        out.println("         the whole site into a new folder (docs/operators/backup.md)");
        out.println("       java -jar nashir.jar restore DIR [--force]");
        out.println("         a site from such a folder; --force to replace a site that is not empty");
        out.println("       java -jar nashir.jar reindex         rebuild the search index from the database");
    }
}
