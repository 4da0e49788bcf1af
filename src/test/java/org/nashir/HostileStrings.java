package org.nashir;

import java.util.List;

/**
 * Strings written to attack a news site through what its staff, its files and its readers type:
 * script in every context a page has (element, attribute, URL, JSON in a script, XML, CSS),
 * parser confusion, direction tricks and look-alike addresses. Each carries its own mark ({@code xss01}…)
 * so that a test can find where it landed. Written for this project.
 */
public final class HostileStrings {

    private HostileStrings() {
    }

    public static final List<String> ALL = List.of(
            "عاجل <script>alert('xss01')</script> نهاية",
            "\"><img src=x onerror=alert('xss02')>",
            "'><svg onload=alert('xss03')>",
            "javascript:alert('xss04')",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzMDUnKTwvc2NyaXB0Pg== xss05",
            "<svg><script>alert('xss06')</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss07')>",
            "</script><script>alert('xss08')</script>",
            "</title><script>alert('xss09')</script>",
            "<a href=\"javascript:alert('xss10')\">اضغط هنا</a>",
            "<b onmouseover=alert('xss11')>عريض</b>",
            "<!--<img src=\"--><img src=x onerror=alert('xss12')//\">",
            "<iframe srcdoc=\"<script>alert('xss13')</script>\"></iframe>",
            "صورة\u202Egpj.exe\u202C xss14",
            "https://www.gооgle.com/login xss15 https://раураl.com",
            "{{7*7}} ${7*7} #{7*7} @raw(xss16)",
            "]]></title><script>alert('xss17')</script><![CDATA[",
            "\" onfocus=\"alert('xss18')\" autofocus=\"",
            "سطر\u2028فاصل\u2029xss19",
            "<style>body{display:none}</style>xss20",
            "<base href=\"https://evil.example/\">xss21",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">xss22",
            "&lt;script&gt;alert('xss23')&lt;/script&gt;",
            "%3Cscript%3Ealert('xss24')%3C/script%3E",
            "مراسل\u0000خفي\u0007 xss25",
            "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert('xss26')</x:script>",
            "jav&#x09;ascript:alert('xss27') javascript&colon;alert(1)",
            "\\\"-alert('xss28')-\\\" '};alert(1);//",
            "<img src=\"x\" alt=\"``onerror=alert('xss29')\">",
            "<noscript><p title=\"</noscript><img src=x onerror=alert('xss30')>\">",
            "<a href=\"&#106;avascript:alert('xss31')\">رابط</a>",
            "<details open ontoggle=alert('xss32')>",
            "\u0627\u0644\u062E\u0628\u0631 \uFEFF\u200B\u200D xss33 <bdo dir=ltr>مقلوب</bdo>");

    /** The mark each string carries: {@code xss01} for the first. */
    public static String mark(int index) {
        return "xss%02d".formatted(index + 1);
    }

    /** A hundred thousand characters of Arabic with script in the middle: for every limit on length. */
    public static String huge() {
        String half = "خبر طويل جداً ".repeat(3600);
        return half + "<script>alert('xss99')</script>" + half;
    }
}
