package org.nashir.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.SqlStatements;
import org.nashir.TestDatabase;
import org.nashir.section.Section;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * H2 follows an index's order only when the query's order starts with the index's leading columns, even when the
 * query fixes them; otherwise it reads and sorts every matching row. On 10,000 stories that sorting was more than
 * half of an uncached home page's time, so the home page's question for each section is checked by its plan.
 */
class ListingPlansIntegrationTests extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theHomePageReadsEachSectionsNewestStoriesInTheIndexOrderInsteadOfSortingThem() throws Exception {
        assumeTrue("h2".equals(TestDatabase.kind()), "the plan in question is H2's, the embedded default's");
        Section section = fixtures.section("قسم خطة القراءة");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 6; i++) {
            fixtures.article(section).headline("خبر خطة القراءة رقم " + i).publishedAt(now.minus(i, ChronoUnit.MINUTES)).save();
        }
        get("/?plan=1");
        SqlStatements.reset();
        assertThat(get("/?plan=2").statusCode()).isEqualTo(200);

        String newestOfSection = SqlStatements.seen().stream()
                .filter(sql -> sql.contains("section_id=?") && sql.contains("order by") && !sql.contains("article_section"))
                .findFirst().orElseThrow(() -> new AssertionError("no section query among " + SqlStatements.seen()));
        // the section's id where the first parameter is, small numbers for the rest (the page's size)
        String bound = newestOfSection.replaceFirst("\\?", Long.toString(section.id())).replace("?", "4");
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
                ResultSet plan = sql.executeQuery("explain " + bound)) {
            assertThat(plan.next()).isTrue();
            assertThat(plan.getString(1)).as(bound).contains("ARTICLE_SECTION_NEWEST_IDX").contains("/* index sorted */");
        }
    }
}
