package org.nashir.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.nashir.search.arabic.ArabicAnalysis;
import org.nashir.search.arabic.VariantRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Concept recall and precision (bench/search, not a unit test): every row of concepts.tsv is typed as a
 * reader would, through the same query building as the site, against the corpus indexed once with our
 * Arabic chain and once with Lucene's stock ArabicAnalyzer (= the {@code arabic} analyzer of Elasticsearch
 * and OpenSearch). A document is relevant when the row's regex matches its title, abstract or text; a file may
 * name parts of its regexes in its header ({@code # {P} = regex   {E} = regex}), expanded before matching.
 * Usage: SearchQualityBenchmark CORPUS.jsonl.gz CONCEPTS.tsv [MORE-CONCEPTS.tsv ...]
 */
public final class SearchQualityBenchmark {

    private static final double RECALL_TARGET = 0.90;
    private static final double PRECISION_TARGET = 0.95;

    private SearchQualityBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> corpus = readCorpus(Path.of(args[0]));
        VariantRules rules = VariantRules.of(V26__SeedRegionalNames.DEFAULTS);
        Analyzer stemmed = ArabicAnalysis.stemmed(() -> rules);
        Analyzer exact = ArabicAnalysis.exact();
        Map<String, Analyzer> exactFields = new HashMap<>();
        StoryFields.TEXT_BOOSTS.keySet().stream().filter(StoryFields::isExact).forEach(f -> exactFields.put(f, exact));
        IndexSearcher ours = index(corpus, new PerFieldAnalyzerWrapper(stemmed, exactFields));
        Analyzer stock = new ArabicAnalyzer();
        IndexSearcher theirs = index(corpus, stock);
        TextQuery ourQueries = new TextQuery(stemmed, exact);
        TextQuery stockQueries = new TextQuery(stock, stock);
        QueryBuilder[] ourBuilders = {new QueryBuilder(stemmed), new QueryBuilder(exact)};
        QueryBuilder[] stockBuilders = {new QueryBuilder(stock), new QueryBuilder(stock)};
        Vocabulary vocabulary = Vocabulary.of(ours.getIndexReader(), stemmed);

        for (int file = 1; file < args.length; file++) {
            Path concepts = Path.of(args[file]);
            System.out.println();
            System.out.println("### " + concepts.getFileName());
            System.out.println();
            System.out.println("| query | relevant | ours R | ours P | stock R | stock P |");
            System.out.println("|---|---|---|---|---|---|");
            List<String> lines = Files.readAllLines(concepts, StandardCharsets.UTF_8);
            Map<String, String> parts = parts(lines);
            int rows = 0;
            int ourMet = 0;
            int stockMet = 0;
            for (String line : lines) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] row = line.split("\t");
                String regex = row[1];
                for (Map.Entry<String, String> part : parts.entrySet()) {
                    regex = regex.replace(part.getKey(), part.getValue());
                }
                Pattern truth = Pattern.compile(regex);
                BitSet relevant = new BitSet();
                for (int i = 0; i < corpus.size(); i++) {
                    if (truth.matcher(corpus.get(i)[3]).find()) {
                        relevant.set(i);
                    }
                }
                double[] o = measure(ours, lucene(ourQueries.parse(row[0], vocabulary), ourBuilders), relevant);
                double[] s = measure(theirs, lucene(stockQueries.parse(row[0], Vocabulary.NONE), stockBuilders),
                        relevant);
                rows++;
                ourMet += meets(o) ? 1 : 0;
                stockMet += meets(s) ? 1 : 0;
                System.out.printf("| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", row[0], relevant.cardinality(), o[0],
                        o[1], s[0], s[1]);
            }
            System.out.printf("%n%s: %d of %d concepts at recall >= %.2f and precision >= %.2f (stock analyzer: %d)%n",
                    concepts.getFileName(), ourMet, rows, RECALL_TARGET, PRECISION_TARGET, stockMet);
        }
    }

    private static boolean meets(double[] recallPrecision) {
        return recallPrecision[0] >= RECALL_TARGET && recallPrecision[1] >= PRECISION_TARGET;
    }

    /** The named parts a file's header defines, e.g. {@code {P}}: each a regex without spaces. */
    private static Map<String, String> parts(List<String> lines) {
        Map<String, String> parts = new HashMap<>();
        Pattern part = Pattern.compile("(\\{[A-Z]\\}) = (\\S+)");
        for (String line : lines) {
            if (line.startsWith("#")) {
                var matcher = part.matcher(line);
                while (matcher.find()) {
                    parts.put(matcher.group(1), matcher.group(2));
                }
            }
        }
        return parts;
    }

    /**
     * The site's query (TextQuery's predicate) as a Lucene query: each unit required as a phrase in some stemmed
     * field, and scored higher as a phrase in an exact field.
     */
    private static Query lucene(TextQuery.Words words, QueryBuilder[] stemmedThenExact) {
        if (words == null) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (TextQuery.Unit unit : words.units()) {
            for (int exact = 0; exact < 2; exact++) {
                BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                for (String form : exact == 0 ? unit.forms() : List.of(unit.typed())) {
                    for (Map.Entry<String, Float> field : StoryFields.TEXT_BOOSTS.entrySet()) {
                        Query phrase = StoryFields.isExact(field.getKey()) == (exact == 1)
                                ? stemmedThenExact[exact].createPhraseQuery(field.getKey(), form) : null;
                        if (phrase != null) {
                            anyField.add(new BoostQuery(phrase, field.getValue()), BooleanClause.Occur.SHOULD);
                        }
                    }
                }
                all.add(anyField.build(), exact == 0 ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
            }
        }
        return all.build();
    }

    /** {recall, precision} of everything the query matches. */
    private static double[] measure(IndexSearcher searcher, Query query, BitSet relevant) throws IOException {
        if (query == null) {
            return new double[] {0, 1};
        }
        ScoreDoc[] hits = searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs;
        int right = 0;
        for (ScoreDoc hit : hits) {
            if (relevant.get(hit.doc)) {
                right++;
            }
        }
        double recall = relevant.isEmpty() ? 1 : right / (double) relevant.cardinality();
        double precision = hits.length == 0 ? 1 : right / (double) hits.length;
        return new double[] {recall, precision};
    }

    /** Documents in corpus order: no merges, so a document's number is its line. */
    private static IndexSearcher index(List<String[]> corpus, Analyzer analyzer) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(1024);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (String[] article : corpus) {
                Document doc = new Document();
                for (Map.Entry<String, Float> field : StoryFields.TEXT_BOOSTS.entrySet()) {
                    String name = field.getKey();
                    String text = name.startsWith(StoryFields.HEADLINE) ? article[0]
                            : name.startsWith(StoryFields.STANDFIRST) ? article[1] : article[2];
                    doc.add(new TextField(name, text, Field.Store.NO));
                }
                writer.addDocument(doc);
            }
        }
        return new IndexSearcher(DirectoryReader.open(directory));
    }

    /** {title, abstract, text, all three} per article. */
    private static List<String[]> readCorpus(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String[]> corpus = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode a = json.readTree(line);
                String title = a.path("title").asString("");
                String standfirst = a.path("abstract").asString("");
                String text = a.path("text").asString("");
                corpus.add(new String[] {title, standfirst, text, title + "\n" + standfirst + "\n" + text});
            }
        }
        return corpus;
    }
}
