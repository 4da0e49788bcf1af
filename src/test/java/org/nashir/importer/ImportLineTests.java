package org.nashir.importer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What a refused line of a JSON-lines import says about its body. */
class ImportLineTests {

    @Test
    void aRefusedBodyNamesEachBlockFromOneItsKindAndFieldAsTheEditorDoes() {
        String line = "{\"headline\":\"خبر\",\"section\":\"العالم\",\"body\":[{\"type\":\"quote\",\"speaker\":\"متحدث\"},"
                + "{\"type\":\"heading\",\"level\":5,\"text\":\"عنوان\"}]}";
        assertThatThrownBy(() -> ImportLine.read(1, line, ZoneId.of("Asia/Riyadh"), Instant.now()))
                .hasMessage("كتل النص غير صالحة: الكتلة 1 (اقتباس)، حقل «النص»: مطلوب؛ "
                        + "الكتلة 2 (عنوان فرعي)، حقل «المستوى»: مستوى العنوان 2 أو 3");
    }
}
