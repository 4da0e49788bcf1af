package org.nashir.importer;

import java.io.PrintStream;
import java.util.Map;

/** The report of a WordPress import as text, for the command line and the log. */
public final class WordPressReports {

    private WordPressReports() {
    }

    public static void print(WordPressReport report, PrintStream out) {
        if (report.refusedFile() != null) {
            out.println("FILE: " + report.refusedFile());
        }
        out.printf("%,d posts: %,d imported, %,d already on the site, %,d failed; %.1f s, %,.1f posts/s%n",
                report.posts(), report.imported(), report.alreadyThere(), report.failed(),
                report.took().toMillis() / 1000.0, report.perSecond());
        out.printf("%,d images copied, %,d missing; %,d old addresses redirected%n", report.images(),
                report.missingImages(), report.redirects());
        section(out, "statuses", report.statuses());
        section(out, "conversions", report.conversions());
        section(out, "not imported (WordPress type)", report.skipped());
        for (WordPressReport.Problem problem : report.problems()) {
            out.println("post " + problem.item() + " «" + problem.title() + "»: " + problem.message());
        }
    }

    private static void section(PrintStream out, String title, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf("  %-40s %,d%n", e.getKey(), e.getValue()));
    }
}
