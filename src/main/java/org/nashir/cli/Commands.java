package org.nashir.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.nashir.security.Role;
import org.nashir.security.StaffAccounts;
import org.nashir.shared.InvalidInputException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Operator commands: {@code java -jar nashir.jar <command> [--option=value …]}. A command starts the
 * application without a web server, does its work against the configured database and exits: 0 on
 * success, 1 when the input was refused, 2 on usage errors.
 */
public final class Commands {

    private static final Set<String> NAMES = Set.of("create-admin");

    private Commands() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        Map<String, String> options = options(args);
        if (options == null) {
            usage(System.err);
            return 2;
        }
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        // as arguments, because defaults would lose to application.yml: a command never loads the demo
        try (ConfigurableApplicationContext context = spring.run("--nashir.demo=false", "--logging.level.root=warn",
                "--spring.main.banner-mode=off")) {
            return createAdmin(context.getBean(StaffAccounts.class), options);
        }
    }

    private static int createAdmin(StaffAccounts accounts, Map<String, String> options) {
        String username = options.get("username");
        String name = options.getOrDefault("name", username);
        if (username == null) {
            usage(System.err);
            return 2;
        }
        String password = System.getenv("NASHIR_ADMIN_PASSWORD");
        if (password == null) {
            password = readPassword();
        }
        try {
            accounts.create(username, name, password, Role.ADMINISTRATOR);
        } catch (InvalidInputException e) {
            System.err.println("refused (" + e.field() + "): " + e.getMessage());
            return 1;
        }
        System.out.println("Administrator " + username + " created. Sign in at /admin/login.");
        return 0;
    }

    private static String readPassword() {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password (12 characters or more): ");
            return typed == null ? null : new String(typed);
        }
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || !args[i].contains("=")) {
                return null;
            }
            String[] pair = args[i].substring(2).split("=", 2);
            options.put(pair[0], pair[1]);
        }
        return options;
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar nashir.jar create-admin --username=NAME [--name=\"Display name\"]");
        out.println("       the password comes from NASHIR_ADMIN_PASSWORD, or is asked for (standard input)");
    }
}
