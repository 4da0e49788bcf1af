package org.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The block actions of the editor's form without JavaScript: what the server draws after each button. */
class StoryFormTests {

    private static StoryForm form(String... paragraphs) {
        StoryForm form = new StoryForm();
        for (String text : paragraphs) {
            form.blocks.add(new BlockForm("paragraph", new LinkedHashMap<>(Map.of("html", text)), null));
        }
        return form;
    }

    private static java.util.List<String> texts(StoryForm form) {
        return form.blocks.stream().map(b -> b.get("html")).toList();
    }

    @Test
    void aBlockMovesUpAndDownAndStaysWhereItIsAtTheEnds() {
        StoryForm form = form("أ", "ب", "ج");
        assertThat(form.edit("down:0")).isTrue();
        assertThat(texts(form)).containsExactly("ب", "أ", "ج");
        form.edit("up:0");
        form.edit("down:2");
        assertThat(texts(form)).containsExactly("ب", "أ", "ج");
        form.edit("up:2");
        assertThat(texts(form)).containsExactly("ب", "ج", "أ");
    }

    @Test
    void aDuplicateFollowsItsBlockAndIsAnotherBlock() {
        StoryForm form = form("أ", "ب");
        assertThat(form.edit("duplicate:0")).isTrue();
        assertThat(texts(form)).containsExactly("أ", "أ", "ب");
        form.blocks.get(1).fields().put("html", "أ معدّلة");
        assertThat(texts(form)).containsExactly("أ", "أ معدّلة", "ب");
    }

    @Test
    void aBlockIsRemovedAndAnUnknownActionOrIndexChangesNothing() {
        StoryForm form = form("أ", "ب");
        assertThat(form.edit("remove:0")).isTrue();
        assertThat(texts(form)).containsExactly("ب");
        assertThat(form.edit("remove:5")).isFalse();
        assertThat(form.edit("swap:0")).isFalse();
        assertThat(form.edit("duplicate:x")).isFalse();
        assertThat(texts(form)).containsExactly("ب");
    }
}
