package org.nashir.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void keepsArabicLettersAsWrittenAndDropsPunctuation() {
        assertThat(Slugs.slugify("«هل تعيد الممرات رسم الخريطة؟»")).isEqualTo("هل-تعيد-الممرات-رسم-الخريطة");
        assertThat(Slugs.slugify("أزمة المياه: إلى أين؟")).isEqualTo("أزمة-المياه-إلى-أين");
    }

    @Test
    void removesTashkeelTatweelAndInvisibleMarks() {
        assertThat(Slugs.slugify("مُحَمَّد يكتــــب\u200F اليوم\u202E")).isEqualTo("محمد-يكتب-اليوم");
    }

    @Test
    void turnsArabicIndicDigitsIntoAsciiAndLowerCasesLatin() {
        assertThat(Slugs.slugify("كوفيد-19 في ٢٠٢٤")).isEqualTo("كوفيد-19-في-2024");
        assertThat(Slugs.slugify("إطلاق iPhone 16 اليوم")).isEqualTo("إطلاق-iphone-16-اليوم");
    }

    @Test
    void cutsLongHeadlinesAtAWordBoundaryByEncodedLength() {
        String headline = "وزراء خارجية الدول المشاركة في القمة يتفقون على خطة عمل مشتركة لمواجهة تداعيات الجفاف في المنطقة خلال السنوات العشر المقبلة";
        String slug = Slugs.slugify(headline);
        assertThat(Slugs.encode(slug).length()).isLessThanOrEqualTo(Slugs.MAX_ENCODED_LENGTH);
        assertThat(headline.replace(' ', '-')).startsWith(slug);
        assertThat(headline.replace(' ', '-').charAt(slug.length())).isEqualTo('-');
    }

    @Test
    void cutsASingleOverlongWordBetweenCharactersNeverInsideOne() {
        String slug = Slugs.slugify("ب".repeat(200));
        assertThat(slug).isEqualTo("ب".repeat(40));
    }

    @Test
    void encodesWithUpperCaseHexThatSurvivesAUriRoundTrip() {
        String encoded = Slugs.encode("نعناع-بقالة");
        assertThat(encoded).isEqualTo("%D9%86%D8%B9%D9%86%D8%A7%D8%B9-%D8%A8%D9%82%D8%A7%D9%84%D8%A9");
        assertThat(URI.create("https://example.org/" + encoded).toASCIIString()).endsWith(encoded);
    }

    @Test
    void givesAnEmptySlugForAHeadlineWithoutLettersOrDigits() {
        assertThat(Slugs.slugify("؟! «» ...")).isEmpty();
        assertThat(Slugs.slugify(null)).isEmpty();
    }
}
