package org.nashir.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.schema.management.SearchSchemaManager;
import org.nashir.article.Article;
import org.opensearch.client.Request;
import org.opensearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cluster's rebuild: a new index beside the live one, with the settings and analysis this node has. Readers search
 * through the read alias and stories are written through the write alias; the write alias moves to the new index, the
 * stories are written into it, and the read alias moves to it in one step once it is complete. Readers meanwhile search
 * the live index as it was (the outbox holds back changes while the mass indexer works and delivers them to the new
 * index after). A rebuild that fails puts the write alias back and drops the new index; one whose node died is cleared
 * by the next.
 */
final class ClusterIndexRebuild implements IndexRebuild {

    private static final String READ = StoryIndexMapping.INDEX + "-read";
    private static final String WRITE = StoryIndexMapping.INDEX + "-write";
    /** Hibernate Search's simple layout names the index itself after the index and a six-digit generation. */
    private static final Pattern GENERATION = Pattern.compile(Pattern.quote(StoryIndexMapping.INDEX) + "-(\\d{6})");

    private static final Logger log = LoggerFactory.getLogger(ClusterIndexRebuild.class);

    private final EntityManagerFactory entityManagerFactory;

    ClusterIndexRebuild(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Only when readers have no index: while a rebuild runs, the two aliases name two indexes, which Hibernate Search's own check refuses. */
    @Override
    public void createIfMissing() {
        if (holding(indexes(), READ) == null) {
            schemaManager().createIfMissing();
        }
    }

    @Override
    public void rebuild(LongConsumer added) throws InterruptedException {
        Map<String, JsonObject> indexes = indexes();
        String live = holding(indexes, READ);
        for (String left : indexes.keySet()) {
            if (!left.equals(live)) {
                log.info("Dropping {}, left by a rebuild that did not complete", left);
                send("DELETE", "/" + left, null);
            }
        }
        String next = String.format("%s-%06d", StoryIndexMapping.INDEX, indexes.keySet().stream()
                .mapToInt(ClusterIndexRebuild::generation).max().orElse(0) + 1);
        send("PUT", "/" + next, createBody());
        moveAlias(WRITE, live, next);
        try {
            IndexRebuild.massIndex(entityManagerFactory, added);
            send("POST", "/" + next + "/_refresh", null);
            moveAlias(READ, live, next);
        } catch (InterruptedException | RuntimeException e) {
            // readers never left the live index; the writes go back to it, and the next check finds what it missed
            if (live != null) {
                moveAlias(WRITE, next, live);
            }
            send("DELETE", "/" + next, null);
            throw e;
        }
        if (live != null) {
            send("DELETE", "/" + live, null);
        }
        log.info("Readers now search {}", next);
    }

    /** The index's settings and mappings as this node would create it, without the aliases, which move by hand. */
    private String createBody() {
        JsonObject[] body = new JsonObject[1];
        schemaManager().exportExpectedSchema((backend, index, export) -> body[0] = export
                .extension(ElasticsearchExtension.get()).bodyParts().get(0).deepCopy());
        body[0].remove("aliases");
        return body[0].toString();
    }

    /** Moves an alias from one index (none when null) to another in one step, readers never seeing it on neither. */
    private void moveAlias(String alias, String from, String to) {
        JsonArray actions = new JsonArray();
        if (from != null) {
            actions.add(action("remove", from, alias));
        }
        JsonObject add = action("add", to, alias);
        if (alias.equals(WRITE)) {
            add.getAsJsonObject("add").addProperty("is_write_index", true);
        }
        actions.add(add);
        JsonObject body = new JsonObject();
        body.add("actions", actions);
        send("POST", "/_aliases", body.toString());
    }

    private static JsonObject action(String kind, String index, String alias) {
        JsonObject target = new JsonObject();
        target.addProperty("index", index);
        target.addProperty("alias", alias);
        JsonObject action = new JsonObject();
        action.add(kind, target);
        return action;
    }

    /** The story indexes on the cluster, each with its aliases. */
    private Map<String, JsonObject> indexes() {
        JsonObject answer = JsonParser.parseString(send("GET", "/" + StoryIndexMapping.INDEX + "-*/_alias", null))
                .getAsJsonObject();
        Map<String, JsonObject> indexes = new TreeMap<>();
        for (Map.Entry<String, JsonElement> index : answer.entrySet()) {
            if (GENERATION.matcher(index.getKey()).matches()) {
                indexes.put(index.getKey(), index.getValue().getAsJsonObject().getAsJsonObject("aliases"));
            }
        }
        return indexes;
    }

    private static String holding(Map<String, JsonObject> indexes, String alias) {
        return indexes.entrySet().stream().filter(index -> index.getValue().has(alias)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static int generation(String index) {
        Matcher matcher = GENERATION.matcher(index);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private SearchSchemaManager schemaManager() {
        return Search.mapping(entityManagerFactory).scope(Article.class).schemaManager();
    }

    private String send(String method, String path, String json) {
        RestClient client = Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)
                .client(RestClient.class);
        Request request = new Request(method, path);
        if (json != null) {
            request.setJsonEntity(json);
        }
        try {
            return EntityUtils.toString(client.performRequest(request).getEntity());
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
