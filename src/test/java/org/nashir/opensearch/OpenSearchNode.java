package org.nashir.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real OpenSearch 2.19 node from the Maven Central jars, on 127.0.0.1: the HTTP and transport modules
 * and the common analysis (Arabic normalisation and stemming, synonyms, keyword marker). The plain
 * {@link Node} skips the bootstrap checks (root, security manager), so it runs wherever the tests run.
 * {@code main} starts one node of a cluster in its own JVM, for the scale-out demo.
 */
public final class OpenSearchNode implements AutoCloseable {

    static {
        // several nodes in one JVM each try to set Netty's processor count; the second would fail
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
    }

    private final Node node;
    private final int httpPort;

    private OpenSearchNode(Settings settings, int httpPort) {
        this.node = new Launched(settings);
        this.httpPort = httpPort;
    }

    private static OpenSearchNode shared;

    /** The node the integration tests share, started on first use and stopped with the JVM. */
    public static synchronized OpenSearchNode shared() {
        if (shared == null) {
            shared = startSingle(freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A single-node cluster on the given HTTP port, its data in a fresh temporary directory. */
    public static OpenSearchNode startSingle(int httpPort) {
        try {
            Path home = Files.createTempDirectory("nashir-opensearch-");
            Settings settings = base("nashir-test", "solo", home, httpPort, freePort())
                    .put("discovery.type", "single-node").build();
            return start(settings, httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Settings.Builder base(String cluster, String name, Path home, int http, int transport) {
        return Settings.builder()
                .put("cluster.name", cluster).put("node.name", name)
                .put("path.home", home.toString()).put("path.data", home.resolve("data").toString())
                .put("transport.type", "netty4").put("http.type", "netty4")
                .put("network.host", "127.0.0.1")
                .put("http.port", http).put("transport.port", transport)
                // a test machine's disk may be fuller than OpenSearch's production watermarks allow
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // a write to a missing index must fail, not create one with guessed field types: Hibernate
                // Search creates the index with its mapping, once the cluster answers
                .put("action.auto_create_index", false);
    }

    private static OpenSearchNode start(Settings settings, int http) {
        OpenSearchNode started = new OpenSearchNode(settings, http);
        try {
            started.node.start();
        } catch (NodeValidationException e) {
            throw new IllegalStateException("OpenSearch node did not start", e);
        }
        return started;
    }

    public String hostAndPort() {
        return "127.0.0.1:" + httpPort;
    }

    @Override
    public void close() {
        try {
            node.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A free port below the kernel's range for outgoing connections (32768 and up on Linux). A port that
     * is dialled before anything listens on it must be there: a connection to a closed port in that range
     * can be given the same port as its own end and connect to itself, and then the port is taken.
     */
    public static int portToDialBeforeListening() {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One node of the demo cluster, in this JVM until it is killed:
     * {@code NAME HTTP_PORT TRANSPORT_PORT HOME SEED_HOSTS(comma) MANAGER_NAMES(comma)}.
     */
    public static void main(String[] args) throws InterruptedException {
        Settings settings = base("nashir", args[0], Path.of(args[3]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]))
                .putList("discovery.seed_hosts", List.of(args[4].split(",")))
                .putList("cluster.initial_cluster_manager_nodes", List.of(args[5].split(",")))
                .build();
        OpenSearchNode node = start(settings, Integer.parseInt(args[1]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }));
        // the node's own threads are daemons: the JVM lives as long as this one waits
        stopped.await();
    }

    /** The constructor that takes plugin classes is protected. */
    private static final class Launched extends Node {
        Launched(Settings settings) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
                    () -> settings.get("node.name")), List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
        }
    }
}
