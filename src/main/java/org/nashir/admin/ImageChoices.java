package org.nashir.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nashir.media.MediaLibrary;

/**
 * The images a form's lists offer: those it already uses, however old, then the newest. A list that left out an
 * image in use would send nothing for it, and the save would drop it (the editor's script searches the rest).
 */
final class ImageChoices {

    private static final int NEWEST = 100;

    private ImageChoices() {
    }

    static List<EditorPage.Option> of(MediaLibrary media, Collection<Long> inUse) {
        Set<Long> used = new LinkedHashSet<>(inUse);
        List<EditorPage.Option> options = new ArrayList<>();
        media.all(used).forEach(m -> options.add(new EditorPage.Option(m.id(), m.altText())));
        media.newest(NEWEST).stream()
                .filter(m -> !used.contains(m.id()))
                .forEach(m -> options.add(new EditorPage.Option(m.id(), m.altText())));
        return options;
    }
}
