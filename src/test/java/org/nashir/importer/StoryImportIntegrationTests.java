package org.nashir.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.article.ArticleRepository;
import org.nashir.article.ArticleStatus;
import org.nashir.article.body.Block;
import org.nashir.search.StoryQuery;
import org.nashir.search.StorySearch;
import org.springframework.beans.factory.annotation.Autowired;

/** Importing an archive: good lines become stories, bad ones are reported by number, a second run adds nothing. */
class StoryImportIntegrationTests extends IntegrationTest {

    @Autowired
    StoryImport importer;
    @Autowired
    StorySearch search;
    @Autowired
    ArticleRepository articles;

    @TempDir
    Path temp;

    @Test
    void importsGoodLinesReportsBadOnesAndIsIdempotentBySourceUrl() throws IOException {
        String m = "أرشيف" + fixtures.unique();
        Path file = temp.resolve("archive.jsonl");
        Files.write(file, List.of(
                "{\"headline\":\"افتتاح جسر جديد " + m + "\",\"standfirst\":\"مقدمة\",\"body\":[\"فقرة أولى\",\"فقرة <ثانية>\"],"
                        + "\"section\":\"محليات " + m + "\",\"authors\":[\"سعاد المحمد\"],\"tags\":[\"نقل\"],"
                        + "\"published_at\":\"2016-05-04T09:30:00+01:00\",\"source_url\":\"https://example.org/" + m + "/1\"}",
                "this is not json",
                "{\"standfirst\":\"لا عنوان\",\"section\":\"محليات\"}",
                "{\"headline\":\"موسم الحصاد " + m + "\",\"body\":[{\"type\":\"heading\",\"level\":2,\"text\":\"القمح\"},"
                        + "{\"type\":\"paragraph\",\"html\":\"نص <b>مهم</b>\"}],\"section\":\"اقتصاد " + m + "\","
                        + "\"published_at\":\"Wed, 04 May 2016 09:30:00 GMT\",\"source_url\":\"https://example.org/" + m + "/2\"}",
                "{\"headline\":\"مسودة قديمة " + m + "\",\"body\":[\"نص\"],\"section\":\"اقتصاد " + m + "\","
                        + "\"published_at\":\"21/01/2017\",\"status\":\"draft\",\"source_url\":\"https://example.org/" + m + "/3\"}",
                "{\"headline\":\"تاريخ غريب " + m + "\",\"section\":\"اقتصاد\",\"published_at\":\"yesterday\"}",
                "{\"headline\":\"افتتاح جسر جديد " + m + "\",\"section\":\"محليات\",\"source_url\":\"https://example.org/" + m + "/1\"}",
                ""), StandardCharsets.UTF_8);

        ImportSummary first = importer.run(file, (fraction, imported, refused) -> { });

        assertThat(first.imported()).isEqualTo(3);
        assertThat(first.alreadyThere()).isEqualTo(1);
        assertThat(first.refused()).isEqualTo(3);
        assertThat(first.problems()).extracting(ImportSummary.Problem::line).containsExactly(2L, 3L, 6L);
        assertThat(first.problems().get(1).message()).contains("headline");
        assertThat(first.problems().get(2).message()).contains("published_at");

        Article bridge = search.search(StoryQuery.of("جسر " + m)).hits().get(0).article();
        Article full = articles.findWithDetails(bridge.id()).orElseThrow();
        assertThat(full.publishedAt()).isEqualTo("2016-05-04T08:30:00Z");
        assertThat(full.authors()).extracting(a -> a.name()).containsExactly("سعاد المحمد");
        assertThat(full.tags()).extracting(t -> t.name()).containsExactly("نقل");
        assertThat(full.body().blocks()).containsExactly(new Block.Paragraph("فقرة أولى"),
                new Block.Paragraph("فقرة &lt;ثانية&gt;"));
        assertThat(search.search(StoryQuery.of("الحصاد " + m)).total()).isEqualTo(1);
        assertThat(search.search(StoryQuery.of("مسودة " + m)).total()).isZero();
        assertThat(search.searchNewsroom(StoryQuery.of("مسودة " + m), ArticleStatus.DRAFT, null, null).total()).isEqualTo(1);

        ImportSummary again = importer.run(file, (fraction, imported, refused) -> { });
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(4);
        assertThat(search.search(StoryQuery.of("جسر " + m)).total()).isEqualTo(1);
    }

    @Test
    void takesTheLeadImageFromAFileAndRefusesAMissingOne() throws IOException {
        String m = "صورة" + fixtures.unique();
        Path image = temp.resolve("lead.png");
        Files.write(image, org.nashir.Fixtures.png(800, 450));
        Path file = temp.resolve("images.jsonl");
        Files.write(file, List.of(
                "{\"headline\":\"خبر مصور " + m + "\",\"section\":\"صور\",\"image\":\"" + image + "\"}",
                "{\"headline\":\"صورة مفقودة " + m + "\",\"section\":\"صور\",\"image\":\"" + temp.resolve("none.png") + "\"}"),
                StandardCharsets.UTF_8);

        ImportSummary summary = importer.run(file, (fraction, imported, refused) -> { });

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.problems()).extracting(ImportSummary.Problem::line).containsExactly(2L);
        Article story = articles.findWithDetails(search.search(StoryQuery.of("مصور " + m)).hits().get(0).article().id())
                .orElseThrow();
        assertThat(story.leadMedia().altText()).isEqualTo("خبر مصور " + m);
        assertThat(search.search(StoryQuery.of("مفقودة " + m)).total()).isZero();
    }

    @Test
    void readsGzipFiles() throws IOException {
        String m = "مضغوط" + fixtures.unique();
        Path file = temp.resolve("archive.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("{\"headline\":\"خبر " + m + "\",\"body\":\"سطر أول\\nسطر ثان\",\"section\":\"منوعات " + m + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        ImportSummary summary = importer.run(file, (fraction, imported, refused) -> { });

        assertThat(summary.imported()).isEqualTo(1);
        assertThat(search.search(StoryQuery.of(m)).hits().get(0).article().headline()).isEqualTo("خبر " + m);
    }

    @Test
    void spellingsOfOneNameThatDifferInPunctuationTatweelHamzaAndDashesImportWholeUnderTheFirst() throws IOException {
        String m = String.valueOf(fixtures.unique());
        Path file = temp.resolve("names.jsonl");
        String[][] lines = {
            {"دبي ـ العربية.نت " + m, "الأمم المتحدة " + m, "الشرق الأوسط " + m},
            {"دبي- العربية.نت " + m, "الامم المتحده " + m, "الشرق الاوسط " + m},
            {"دبي - العربيه نت " + m, "الأُمم المتحدة " + m, "الشرق - الأوسط " + m},
            {"أحمد الشامي " + m, "الأمم  المتحدة " + m, "الشرق الأوسط " + m},
            {"احمد الشامي " + m, "الأمم المتحدة " + m, "الشرق الأوسط " + m},
            {"إحمد الشامـي " + m, "الأمم المتحدة " + m, "الشرق الأوسط " + m}};
        java.util.List<String> json = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            json.add("{\"headline\":\"خبر رقم " + i + " عن الأسماء " + m + "\",\"body\":[\"نص\"],\"section\":\"" + lines[i][2]
                    + "\",\"authors\":[\"" + lines[i][0] + "\"],\"tags\":[\"" + lines[i][1] + "\"],"
                    + "\"source_url\":\"https://example.org/names/" + m + "/" + i + "\"}");
        }
        Files.write(file, json, StandardCharsets.UTF_8);

        ImportSummary summary = importer.run(file, (fraction, imported, refused) -> { });

        assertThat(summary.refused()).as(summary.problems().toString()).isZero();
        assertThat(summary.imported()).isEqualTo(6);
        List<Article> stories = search.search(StoryQuery.of("الأسماء " + m)).hits().stream()
                .map(h -> articles.findWithDetails(h.article().id()).orElseThrow()).toList();
        assertThat(stories).hasSize(6);
        assertThat(stories).flatExtracting(a -> a.authors().stream().map(au -> au.name()).toList())
                .containsOnly("دبي ـ العربية.نت " + m, "أحمد الشامي " + m);
        assertThat(stories).flatExtracting(a -> a.tags().stream().map(t -> t.name()).toList())
                .containsOnly("الأمم المتحدة " + m);
        assertThat(stories).extracting(a -> a.section().name()).containsOnly("الشرق الأوسط " + m);

        var first = stories.stream().flatMap(a -> a.authors().stream()).filter(a -> a.name().startsWith("أحمد")).findFirst()
                .orElseThrow();
        var alias = get("/author/" + org.nashir.shared.Slugs.encode(org.nashir.shared.Slugs.slugify("احمد الشامي " + m)));
        assertThat(alias.statusCode()).isEqualTo(301);
        assertThat(alias.headers().firstValue("Location").orElseThrow())
                .endsWith(org.nashir.article.Permalinks.author(first));
    }
}
