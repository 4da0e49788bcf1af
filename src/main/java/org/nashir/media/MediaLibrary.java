package org.nashir.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The media library as other features read it: an image by id, several at once, the newest, a search by their
 * words. Writes go through {@link MediaStorage}; the table itself is this feature's own.
 */
@Service
@Transactional(readOnly = true)
public class MediaLibrary {

    private final MediaAssetRepository assets;

    MediaLibrary(MediaAssetRepository assets) {
        this.assets = assets;
    }

    public Optional<MediaAsset> find(long id) {
        return assets.findById(id);
    }

    public boolean exists(long id) {
        return assets.existsById(id);
    }

    /** The images of these ids that exist, in no particular order. */
    public List<MediaAsset> all(Collection<Long> ids) {
        return assets.findAllById(ids);
    }

    /** The latest uploads first. */
    public List<MediaAsset> newest(int limit) {
        return assets.findAll(PageRequest.of(0, limit, Sort.by(Sort.Order.desc("id")))).getContent();
    }

    /** Images whose words hold what was typed (folded, {@link MediaSearchKey}), newest first; every image for "". */
    public Page<MediaAsset> search(String typed, int page, int size) {
        return search(MediaQuery.words(typed), page, size);
    }

    /** Images as the query narrows them, newest first. */
    public Page<MediaAsset> search(MediaQuery query, int page, int size) {
        return assets.search(query.pattern(), query.uploaderOrZero(), query.sinceOrEver(), PageRequest.of(page, size));
    }

    /** The staff accounts that uploaded images, by id. */
    public List<Long> uploaders() {
        return assets.uploaders();
    }

    /** Credits already used, most used first: suggestions for the next caption. */
    public List<String> creditsInUse(int limit) {
        return assets.creditsInUse(PageRequest.of(0, limit));
    }
}
