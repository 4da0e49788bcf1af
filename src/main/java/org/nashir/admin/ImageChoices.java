package org.nashir.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nashir.media.MediaAssetRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The images a form's lists offer: those it already uses, however old, then the newest. A list that left out an
 * image in use would send nothing for it, and the save would drop it (the editor's script searches the rest).
 */
final class ImageChoices {

    private static final int NEWEST = 100;

    private ImageChoices() {
    }

    static List<EditorPage.Option> of(MediaAssetRepository media, Collection<Long> inUse) {
        Set<Long> used = new LinkedHashSet<>(inUse);
        List<EditorPage.Option> options = new ArrayList<>();
        media.findAllById(used).forEach(m -> options.add(new EditorPage.Option(m.id(), m.altText())));
        media.findAll(PageRequest.of(0, NEWEST, Sort.by(Sort.Order.desc("id")))).stream()
                .filter(m -> !used.contains(m.id()))
                .forEach(m -> options.add(new EditorPage.Option(m.id(), m.altText())));
        return options;
    }
}
