package org.nashir.admin;

import java.util.List;

/** The notices page: each line a story, who did what to it and when, the note that went with it, and whether it is new. */
public record NoticesPage(AdminLayout layout, List<Line> lines) {

    public record Line(String url, String headline, String who, String what, String note, String when, boolean fresh) {
    }
}
