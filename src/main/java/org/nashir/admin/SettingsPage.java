package org.nashir.admin;

import java.util.List;

public record SettingsPage(AdminLayout layout, String name, String tagline, String logoPath, String timeZone,
        String copyrightHolder, String monthStyle, String digits, boolean hijri, String social,
        List<Choice> monthStyles, List<Choice> digitChoices, String error, Distribution distribution, boolean arabicQuotes) {

    /** Feeds, the content API and absolute addresses: how the site goes out to machines. */
    public record Distribution(String baseUrl, boolean feedFullText, String contentKey) {
    }
}
