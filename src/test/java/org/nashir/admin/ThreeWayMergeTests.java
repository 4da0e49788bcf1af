package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nashir.article.StoryDraft;
import org.nashir.article.body.Block;
import org.nashir.article.body.Body;
import org.nashir.shared.InvalidInputException;

class ThreeWayMergeTests {

    private static StoryDraft draft(String headline, String... paragraphs) {
        return new StoryDraft(headline, null, null, 1L, null, null, null, null,
                new Body(List.of(paragraphs).stream().map(p -> (Block) new Block.Paragraph(p)).toList()), false, null, null,
                null);
    }

    @Test
    void suggestsForEachPartTheSideThatChangedItAndAsksWhereBothDid() {
        StoryDraft base = draft("العنوان", "أ", "ب", "ج");
        StoryDraft theirs = draft("عنوانهم", "أ معدّلة", "ب", "ج");
        StoryDraft mine = draft("عنواني", "أ", "ب", "ج", "د");
        List<ThreeWayMerge.Row> rows = ThreeWayMerge.rows(base, theirs, mine, d -> "");
        Map<String, ThreeWayMerge.Side> suggested = rows.stream().filter(r -> !r.same())
                .collect(java.util.stream.Collectors.toMap(ThreeWayMerge.Row::label, r -> r.suggested() == null
                        ? ThreeWayMerge.Side.MINE : r.suggested()));
        assertThat(rows.stream().filter(r -> !r.same()).map(ThreeWayMerge.Row::label))
                .containsExactly("العنوان", "الكتلة 1 (فقرة)", "الكتلة 4 (فقرة)");
        assertThat(rows.get(0).suggested()).as("both changed the headline").isNull();
        assertThat(suggested.get("الكتلة 1 (فقرة)")).isEqualTo(ThreeWayMerge.Side.THEIRS);
        assertThat(suggested.get("الكتلة 4 (فقرة)")).isEqualTo(ThreeWayMerge.Side.MINE);
    }

    @Test
    void savesNothingUntilEveryDifferingPartHasASideAndThenComposesTheChoices() {
        StoryDraft base = draft("العنوان", "أ", "ب");
        List<ThreeWayMerge.Row> rows = ThreeWayMerge.rows(base, draft("العنوان", "أ", "ب معدّلة"), draft("العنوان", "أ معدّلة", "ب"),
                d -> "");
        assertThatThrownBy(() -> ThreeWayMerge.merge(rows, Map.of("b0", "mine"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("الكتلة 2");
        ThreeWayMerge.Merged merged = ThreeWayMerge.merge(rows, Map.of("b0", "mine", "b1", "theirs"));
        assertThat(merged.blocks()).containsExactly(new Block.Paragraph("أ معدّلة"), new Block.Paragraph("ب معدّلة"));
    }
}
