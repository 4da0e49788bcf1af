package org.nashir.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nashir.IntegrationTest;
import org.nashir.article.Article;
import org.nashir.article.ArticleRepository;
import org.nashir.article.ArticleStatus;
import org.nashir.article.Permalinks;
import org.nashir.article.body.Block;
import org.nashir.author.AuthorRepository;
import org.nashir.section.SectionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nashir.demo=true")
class DemoContentIntegrationTests extends IntegrationTest {

    @Autowired
    SectionRepository sections;
    @Autowired
    AuthorRepository authors;
    @Autowired
    ArticleRepository articles;
    @Autowired
    DemoContent demo;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void loadsACompleteDemoSiteIntoAnEmptyDatabaseOnce() {
        assertThat(sections.findAllByOrderByPositionAsc()).hasSizeGreaterThanOrEqualTo(5)
                .extracting(s -> s.name()).contains("العالم");
        assertThat(authors.count()).isEqualTo(4);
        long stories = articles.countByStatus(ArticleStatus.PUBLISHED);
        assertThat(stories).isGreaterThanOrEqualTo(24);

        demo.afterPropertiesSet();
        assertThat(articles.countByStatus(ArticleStatus.PUBLISHED)).isEqualTo(stories);
    }

    @Test
    void carriesOneAnalysisWithEveryElementOfTheReferencePage() {
        Article analysis = transaction.execute(status -> articles.findAll().stream()
                .filter(a -> a.headline().startsWith("هل تعيد ممرات التجارة")).findFirst().map(a -> {
                    Set<String> types = new HashSet<>();
                    a.body().blocks().forEach(b -> types.add(b.type()));
                    assertThat(types).contains("paragraph", "heading", "quote", "image", "list", "related", "embed");
                    assertThat(a.body().blocks().get(3)).isInstanceOf(Block.Related.class);
                    return a;
                }).orElseThrow());

        Document page = page(transaction.execute(status -> Permalinks.article(articles.findPublished(analysis.id()).orElseThrow())));
        assertThat(page.selectFirst("figure.figure--lead .figure__credit").text()).isEqualTo("المصدر: رويترز");
        assertThat(page.selectFirst(".byline a").text()).isEqualTo("سلمى الحداد");
        assertThat(page.select(".story__body blockquote")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.selectFirst(".story__body aside.related a")).isNotNull();
        assertThat(page.selectFirst(".story__body").text()).contains("آب/أغسطس 2013");
        assertThat(page.select(".follow a")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.selectFirst(".copyright").text()).contains("جميع الحقوق محفوظة ©", "شركة الرواق للنشر والإعلام");
    }
}
