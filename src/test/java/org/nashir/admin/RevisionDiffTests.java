package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RevisionDiffTests {

    @Test
    void marksTheWordsThatChanged() {
        assertThat(RevisionDiff.words("قال الوزير إن الموازنة جاهزة", "قال الوزير إن الموازنة تأخرت")).containsExactly(
                new RevisionDiff.Segment(RevisionDiff.Op.SAME, "قال الوزير إن الموازنة"),
                new RevisionDiff.Segment(RevisionDiff.Op.REMOVED, "جاهزة"),
                new RevisionDiff.Segment(RevisionDiff.Op.ADDED, "تأخرت"));
    }

    @Test
    void aChangeInsideTwoLongParagraphsIsFoundWithoutATableOfTheirWholeLength() {
        String words = IntStream.range(0, 10_000).mapToObj(i -> "كلمة" + i).collect(Collectors.joining(" "));
        List<RevisionDiff.Segment> diff = RevisionDiff.words(words, words.replace("كلمة5000 ", "كلمة5000 جديدة "));
        assertThat(diff).extracting(RevisionDiff.Segment::op)
                .containsExactly(RevisionDiff.Op.SAME, RevisionDiff.Op.ADDED, RevisionDiff.Op.SAME);
        assertThat(diff.get(1).text()).isEqualTo("جديدة");
    }

    @Test
    void twoLongTextsWithNothingInCommonAreShownWholeAndSaidSoNotCompared() {
        String before = IntStream.range(0, 10_000).mapToObj(i -> "قديم" + i).collect(Collectors.joining(" "));
        String after = IntStream.range(0, 10_000).mapToObj(i -> "جديد" + i).collect(Collectors.joining(" "));
        List<RevisionDiff.Segment> diff = RevisionDiff.words(before, after);
        assertThat(diff).containsExactly(new RevisionDiff.Segment(RevisionDiff.Op.SAME, RevisionDiff.TOO_LARGE),
                new RevisionDiff.Segment(RevisionDiff.Op.REMOVED, before),
                new RevisionDiff.Segment(RevisionDiff.Op.ADDED, after));
    }
}
