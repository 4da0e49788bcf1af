package org.nashir.settings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.nashir.shared.ArabicDates;
import org.nashir.shared.Digits;
import org.nashir.shared.Messages;
import org.nashir.shared.MonthStyle;
import org.nashir.shared.PlainText;

/** The one row of site-wide presentation settings that editors change in the back office. */
@Entity
@Table(name = "site_settings")
public class SiteSettings {

    static final long SINGLETON_ID = 1L;

    @Id
    private Long id = SINGLETON_ID;

    @Column(nullable = false)
    private String name;

    private String tagline;

    @Column(name = "logo_path", nullable = false)
    private String logoPath;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "month_style", nullable = false)
    private MonthStyle monthStyle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Digits digits;

    @Column(name = "show_hijri", nullable = false)
    private boolean showHijri;

    @Column(name = "copyright_holder", nullable = false)
    private String copyrightHolder;

    @Column(name = "base_url")
    private String baseUrl;

    @Column(name = "feed_full_text", nullable = false)
    private boolean feedFullText = true;

    @Column(name = "arabic_quotes", nullable = false)
    private boolean arabicQuotes = true;

    @Column(name = "content_api_key")
    private String contentApiKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_social_link", joinColumns = @JoinColumn(name = "settings_id"))
    @OrderColumn(name = "position")
    private List<SocialLink> socialLinks = new ArrayList<>();

    protected SiteSettings() {
    }

    public SiteSettings(String name, String logoPath, ZoneId timeZone, String copyrightHolder) {
        this.name = PlainText.clean(name);
        this.logoPath = logoPath;
        this.timeZone = timeZone.getId();
        this.copyrightHolder = PlainText.clean(copyrightHolder);
        this.monthStyle = MonthStyle.EGYPTIAN;
        this.digits = Digits.WESTERN;
    }

    /** The logo a site starts with: the pages draw the site's name beside the site's mark instead of showing it. */
    public static final String DEFAULT_LOGO = "/assets/img/logo.svg";

    /** What an installation without demo content shows until an administrator fills the settings in. */
    static SiteSettings defaults() {
        return new SiteSettings(Messages.text("site.default-name"), DEFAULT_LOGO, ZoneId.of("Asia/Riyadh"),
                Messages.text("site.default-name"));
    }

    public ArabicDates dates() {
        return ArabicDates.of(timeZone(), monthStyle, digits);
    }

    /** The editor's house style: «» for quotes pasted around Arabic words. */
    public void changeEditing(boolean arabicQuotes) {
        this.arabicQuotes = arabicQuotes;
    }

    public boolean arabicQuotes() {
        return arabicQuotes;
    }

    public void changePresentation(MonthStyle monthStyle, Digits digits, boolean showHijri) {
        this.monthStyle = monthStyle;
        this.digits = digits;
        this.showHijri = showHijri;
    }

    public void identify(String name, String tagline, String logoPath, ZoneId timeZone, String copyrightHolder) {
        this.name = PlainText.clean(name);
        this.tagline = PlainText.clean(tagline);
        this.logoPath = logoPath;
        this.timeZone = timeZone.getId();
        this.copyrightHolder = PlainText.clean(copyrightHolder);
    }

    /**
     * How the site goes out to machines: its public address (blank: the request's), whole stories or
     * summaries in feeds, and the key the content API asks for (blank: none, published stories are public).
     */
    public void changeDistribution(String baseUrl, boolean feedFullText, String contentApiKey) {
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip();
        this.feedFullText = feedFullText;
        this.contentApiKey = contentApiKey == null || contentApiKey.isBlank() ? null : contentApiKey.strip();
    }

    public boolean feedFullText() {
        return feedFullText;
    }

    public String contentApiKey() {
        return contentApiKey;
    }

    public void changeTagline(String tagline) {
        this.tagline = PlainText.clean(tagline);
    }

    public void replaceSocialLinks(List<SocialLink> links) {
        socialLinks.clear();
        socialLinks.addAll(links);
    }

    public String name() {
        return name;
    }

    public String tagline() {
        return tagline;
    }

    public String logoPath() {
        return logoPath;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public MonthStyle monthStyle() {
        return monthStyle;
    }

    public Digits digits() {
        return digits;
    }

    public boolean showHijri() {
        return showHijri;
    }

    public String copyrightHolder() {
        return copyrightHolder;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public List<SocialLink> socialLinks() {
        return List.copyOf(socialLinks);
    }
}
