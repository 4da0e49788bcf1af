package org.nashir.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class SocialLink {

    @Enumerated(EnumType.STRING)
    @Column(name = "network", nullable = false)
    private SocialNetwork network;

    @Column(name = "url", nullable = false)
    private String url;

    protected SocialLink() {
    }

    public SocialLink(SocialNetwork network, String url) {
        this.network = network;
        this.url = url;
    }

    public SocialNetwork network() {
        return network;
    }

    public String url() {
        return url;
    }
}
