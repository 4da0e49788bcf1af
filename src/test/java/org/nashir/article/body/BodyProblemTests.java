package org.nashir.article.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyProblemTests {

    @Test
    void describesABlocksProblemInTheEditorsWordsNotTheJsonNames() {
        assertThat(new BodyProblem(5, "image", "media", "رقم موجب مطلوب").describe())
                .isEqualTo("الكتلة 5 (صورة)، حقل «الصورة»: رقم موجب مطلوب");
        assertThat(new BodyProblem(3, "quote", "speaker", "مطلوب").describe()).doesNotContain("quote", "speaker");
        assertThat(new BodyProblem(0, null, null, "أكثر من 500 كتلة").describe()).isEqualTo("نص الخبر: أكثر من 500 كتلة");
    }
}
