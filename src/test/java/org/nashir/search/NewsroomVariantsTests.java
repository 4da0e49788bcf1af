package org.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashir.search.arabic.VariantRules.Rule;
import org.nashir.shared.InvalidInputException;

/** The variant list as editors type it in the back office. */
class NewsroomVariantsTests {

    @Test
    void readsWhatItWritesIgnoringBlankLinesAndComments() {
        List<Rule> rules = List.of(new Rule("ترمب", "ترامب", false), new Rule("أميرك", "أمريك", true));
        String text = "# house style\n\n" + NewsroomVariants.format(rules);
        assertThat(NewsroomVariants.parse(text)).isEqualTo(rules);
    }

    @Test
    void takesAVariantOfSeveralWordsAsTypedWithItsSpacesTidied() {
        assertThat(NewsroomVariants.parse("كانون   الثاني = يناير")).containsExactly(new Rule("كانون الثاني", "يناير", false));
    }

    @Test
    void refusesAWrongLineByItsNumber() {
        assertThatThrownBy(() -> NewsroomVariants.parse("ترمب = ترامب\nبلا مقابل"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("السطر 2");
        assertThatThrownBy(() -> NewsroomVariants.parse("أميرك* = أمريك"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("*");
        assertThatThrownBy(() -> NewsroomVariants.parse("فيسبوك = فيس بوك"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("كلمة واحدة");
        assertThatThrownBy(() -> NewsroomVariants.parse("أمير ك* = أمريك*"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("كلمة واحدة");
        assertThatThrownBy(() -> NewsroomVariants.parse("واحد اثنان ثلاثة أربعة خمسة = عدد"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("4 كلمات");
        assertThatThrownBy(() -> NewsroomVariants.parse("ترمب = ترامب\nترمب = ترامپ"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("مكررة");
    }
}
