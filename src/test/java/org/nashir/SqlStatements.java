package org.nashir;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL that Hibernate sends while serving HTTP requests (Tomcat's request threads), so a
 * test can count the statements one page costs; the scheduler's and other background queries are
 * left out. Registered for every integration test context in {@link IntegrationTest}.
 */
public class SqlStatements implements StatementInspector {

    private static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        if (Thread.currentThread().getName().startsWith("http-nio-")) {
            SEEN.add(sql);
        }
        return sql;
    }

    public static void reset() {
        SEEN.clear();
    }

    public static List<String> seen() {
        return List.copyOf(SEEN);
    }
}
