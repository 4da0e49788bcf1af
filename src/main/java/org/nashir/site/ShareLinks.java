package org.nashir.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nashir.shared.Messages;

/**
 * The networks' own share addresses: plain links, so that no script of theirs runs on the page. Only the mail
 * carries the headline: the networks read it from the page's card, and each copy of it in percent-encoded Arabic
 * is six bytes a letter on every page.
 */
final class ShareLinks {

    private ShareLinks() {
    }

    static List<ArticlePage.Share> of(String headline, String url) {
        String link = encode(url);
        String text = encode(headline);
        return List.of(
                new ArticlePage.Share("whatsapp", Messages.text("share.whatsapp"), "https://wa.me/?text=" + link),
                new ArticlePage.Share("x", Messages.text("share.x"), "https://x.com/intent/post?url=" + link),
                new ArticlePage.Share("facebook", Messages.text("share.facebook"), "https://www.facebook.com/sharer/sharer.php?u=" + link),
                new ArticlePage.Share("telegram", Messages.text("share.telegram"), "https://t.me/share/url?url=" + link),
                new ArticlePage.Share("email", Messages.text("share.email"), "mailto:?subject=" + text + "&body=" + link));
    }

    /** Spaces as %20: a mail program shows a + as it is. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
