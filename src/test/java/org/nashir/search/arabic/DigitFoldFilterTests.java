package org.nashir.search.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class DigitFoldFilterTests {

    @Test
    void writesEveryDecimalDigitOfUnicodeAsLucenesFilterDoesAndLeavesArabicLettersAlone() throws IOException {
        StringBuilder text = new StringBuilder("عام ٢٠٢٤ و۱۴۰۳ 2024م رقم٣ ");
        for (int code = 0x80; code <= Character.MAX_CODE_POINT; code++) {
            if (Character.isDigit(code)) {
                // alone, between letters, and two in a row (a supplementary digit takes two chars)
                text.append(Character.toString(code)).append(' ')
                        .append('ب').append(Character.toString(code)).append("ت ")
                        .append(Character.toString(code)).append(Character.toString(code)).append(' ');
            }
        }

        List<String> ours = terms(text.toString(), DigitFoldFilter::new);

        assertThat(ours).isEqualTo(terms(text.toString(), DecimalDigitFilter::new));
        assertThat(ours).startsWith("عام", "2024", "و1403", "2024م", "رقم3");
    }

    private static List<String> terms(String text, UnaryOperator<TokenStream> filter) throws IOException {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = filter.apply(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
