package org.nashir.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nashir.shared.NotAllowedException;

/** What each role may do, as the newsroom's guide states it (docs/editors/guide.md). */
class RoleTests {

    @Test
    void onlyEditorsAndAdministratorsPublishAndEditOthersStories() {
        assertThat(Role.values()).filteredOn(Role::canPublish).containsExactly(Role.ADMINISTRATOR, Role.EDITOR);
        assertThat(Role.values()).filteredOn(Role::canEditOthersStories).containsExactly(Role.ADMINISTRATOR, Role.EDITOR);
    }

    @Test
    void everyoneButContributorsUploadsAndOnlyAdministratorsRunTheSite() {
        assertThat(Role.values()).filteredOn(Role::canUploadMedia).doesNotContain(Role.CONTRIBUTOR).hasSize(3);
        assertThat(Role.values()).filteredOn(Role::canManageSite).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void anActorIsRefusedWhatItsRoleDoesNotAllowWithTheReasonInArabic() {
        assertThatThrownBy(() -> new Actor(1, "r", Role.REPORTER).requireTaxonomyEditor())
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("المحررين");
        assertThatThrownBy(() -> new Actor(1, "e", Role.EDITOR).requireAdministrator())
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("مدير الموقع");
        new Actor(1, "a", Role.ADMINISTRATOR).requireAdministrator();
        new Actor(1, "e", Role.EDITOR).requireTaxonomyEditor();
    }
}
