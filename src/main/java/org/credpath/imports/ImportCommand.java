package org.credpath.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credpath.CredpathApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;

/**
 * The command-line mode for large imports: starts credpath without its web server and without loading the
 * seed catalog, imports one source into the configured database (the embedded one unless
 * {@code spring.neo4j.uri} is set), logs progress and the report, and exits: 0 when imported, 1 when the
 * source was rejected (every problem is printed) or the import failed, 2 for a usage error.
 *
 * <pre>{@code
 * mvn spring-boot:run -Dspring-boot.run.main-class=org.credpath.imports.ImportCommand \
 *     -Dspring-boot.run.arguments="esco ../shared/data/esco-v1.1.1"
 * }</pre>
 * The format and source may also be given as {@code --credpath.import.format=} and {@code --credpath.import.source=};
 * any other {@code --property=value} configures the service as usual.
 */
public final class ImportCommand {

    static final String FORMAT = "credpath.import.format";
    static final String SOURCE = "credpath.import.source";

    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

    private ImportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one import and returns the exit status. */
    public static int run(String... args) {
        var arguments = arguments(args);
        if (arguments == null) {
            System.err.println("Usage: ImportCommand <format> <file-or-folder> [--property=value ...]");
            System.err.println("   or: ImportCommand --" + FORMAT + "=<format> --" + SOURCE + "=<file-or-folder> [--property=value ...]");
            return 2;
        }
        try (var context = application().run(arguments)) {
            return context.getBean(ImportCommandRunner.class).exitCode();
        } catch (RuntimeException e) {
            var inUse = storeInUse(e);
            if (inUse != null) {
                log.error(inUse);
            } else {
                log.error("Import failed: {}", rootCause(e).toString(), e);
            }
            return 1;
        }
    }

    /**
     * One line for the common mistake of importing into the embedded store while the service has it open (Neo4j's
     * own message sits a dozen causes deep); null when the failure is something else.
     */
    static String storeInUse(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            var message = cause.getMessage();
            if (message != null && (message.contains("Lock file has been locked by another process")
                    || cause.getClass().getSimpleName().equals("FileLockException"))) {
                return "The embedded database store is in use by another process (is the credpath service running on it?). "
                        + "Stop the service and run the import again, or import through the running service: "
                        + "POST /api/admin/imports/{format} with an admin token (docs/imports.md).";
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The service without a web server (nor web security), with the import runner, never loading the seed catalog. */
    static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(CredpathApplication.class)
                .sources(ImportCommandRunner.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                // a failed start is reported once, by run(), in its own words: not again by Spring as a wall of causes
                .properties("logging.level.org.springframework.boot.SpringApplication=off",
                        "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=error",
                        "logging.level.org.springframework.boot.autoconfigure.logging.ConditionEvaluationReportLogger=warn")
                // ahead of application.yaml and of the arguments: no seed; an embedded database opens no Bolt connector
                // (this process serves nothing: its own driver runs its statements in process, InProcessBolt)
                .initializers(context -> context.getEnvironment().getPropertySources().addFirst(
                        new MapPropertySource("import-command", Map.of("credpath.seed.enabled", "false",
                                "credpath.embedded.bolt-enabled", "false"))));
    }

    /** Positional {@code <format> <source>} become the two properties; null when either is missing. */
    static String[] arguments(String... args) {
        var result = new ArrayList<String>();
        var positional = new ArrayList<String>();
        for (var arg : args) {
            (arg.startsWith("--") ? result : positional).add(arg);
        }
        var names = List.of(FORMAT, SOURCE);
        if (positional.size() > names.size()) {
            return null;
        }
        for (var i = 0; i < positional.size(); i++) {
            result.add("--" + names.get(i) + "=" + positional.get(i));
        }
        var complete = names.stream().allMatch(n -> result.stream().anyMatch(a -> a.startsWith("--" + n + "=") && a.length() > n.length() + 3));
        return complete ? result.toArray(String[]::new) : null;
    }
}
