package org.nashir.admin;

import java.util.List;

/** What readers are reading now, most read first: {@code since} names the hour the first count starts from. */
public record ReadingNowPage(AdminLayout layout, String since, List<Row> rows) {

    public record Row(String rank, String headline, String url, String lastHour, String today) {
    }
}
