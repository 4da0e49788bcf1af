package org.nashir.search;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.nashir.article.Article;
import org.nashir.author.Author;
import org.nashir.section.Section;
import org.nashir.tag.Tag;

/**
 * What the index knows of a story. Headline and standfirst go in twice: stemmed (recall) and only folded
 * ({@code *_exact}, ranked higher, so the form the reader typed comes first). The body goes in once,
 * stemmed: a second copy of the longest text would halve the import pace for a small ranking gain. Sections, authors and tags are indexed by id,
 * which never changes, so renaming one does not reindex its stories.
 */
public class StoryIndexMapping implements HibernateOrmSearchMappingConfigurer {

    static final String INDEX = "story";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        TypeMappingStep story = mapping.type(Article.class);
        story.indexed().index(INDEX);
        story.property("headline")
                .fullTextField(StoryFields.HEADLINE).analyzer(ArabicAnalysisConfigurer.STEMMED)
                .fullTextField(StoryFields.HEADLINE_EXACT).analyzer(ArabicAnalysisConfigurer.EXACT);
        story.property("standfirst")
                .fullTextField(StoryFields.STANDFIRST).analyzer(ArabicAnalysisConfigurer.STEMMED)
                .fullTextField(StoryFields.STANDFIRST_EXACT).analyzer(ArabicAnalysisConfigurer.EXACT);
        story.property("body")
                .fullTextField(StoryFields.BODY).analyzer(ArabicAnalysisConfigurer.STEMMED).valueBridge(new BodyText());
        story.property("status").genericField(StoryFields.STATUS);
        story.property("publishedAt").genericField(StoryFields.PUBLISHED_AT).sortable(Sortable.YES)
                .projectable(Projectable.YES);
        story.property("updatedAt").genericField(StoryFields.UPDATED_AT).sortable(Sortable.YES);
        // the back office's search keeps reporters and contributors to their own work and what is published
        story.property("createdBy").genericField(StoryFields.CREATED_BY);
        story.property("version").genericField(StoryFields.VERSION).aggregable(Aggregable.YES);
        story.property("section").indexedEmbedded(StoryFields.SECTION).includePaths("id")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        story.property("otherSections").indexedEmbedded(StoryFields.OTHER_SECTIONS).includePaths("id")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        story.property("authors").indexedEmbedded(StoryFields.AUTHORS).includePaths("id")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        story.property("tags").indexedEmbedded(StoryFields.TAGS).includePaths("id")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        for (Class<?> referenced : new Class<?>[] {Section.class, Author.class, Tag.class}) {
            mapping.type(referenced).property("id").genericField("id").projectable(Projectable.YES);
        }
    }
}
