package org.credpath.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.credpath.CredpathApplication;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

/**
 * Every command in the README and the docs runs as written: the service is started as the quick start starts it
 * (embedded, seeded, on a fresh store), and each page's {@code bash} blocks run in one shell, in page order, as a
 * reader would type them. The only change made to a command is the port ({@code localhost:8080} becomes the test's
 * free port). Every HTTP answer must be a success unless the block's comments name that status on purpose
 * ({@code # 403: no consent yet}); a block marked {@code <!-- not run: reason -->} must give its reason. Blocks
 * reading {@code ../shared/data} are skipped, saying so, where the data is absent.
 */
class DocumentedCommandsIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Pattern BUILDS = Pattern.compile("(^|[\\s;|&(])(mvn|bench/|java|\\./mvnw)\\b", Pattern.MULTILINE);
    private static final Pattern STATUS = Pattern.compile("^HTTP (\\d{3}) (.*)$", Pattern.MULTILINE);
    /** curl as written, plus a line per answer on stderr saying its status and URL. */
    private static final String PRELUDE = """
            set -eo pipefail
            curl() { command curl --silent --show-error --write-out '%{stderr}HTTP %{http_code} %{url_effective}\\n' "$@"; }
            """;

    @TempDir
    Path store;

    @Test
    @DisplayName("the README's and the docs' commands run as written against a freshly started service")
    void everyDocumentedCommandRunsAsWritten() throws Exception {
        var pages = DocumentedCommands.of(PROJECT);
        assertThat(pages).extracting(p -> p.file().getFileName().toString()).contains("README.md", "imports.md", "import-utdallas.md");
        var failures = new ArrayList<String>();
        try (var app = SpringApplication.run(CredpathApplication.class, "--credpath.embedded.directory=" + store,
                "--credpath.embedded.bolt-port=0", "--server.port=0")) {
            var port = app.getEnvironment().getProperty("local.server.port");
            for (var page : pages) {
                failures.addAll(run(page, port));
            }
        }
        assertThat(failures).as("documented commands that fail as written").isEmpty();
    }

    private List<String> run(DocumentedCommands page, String port) throws IOException, InterruptedException {
        var failures = new ArrayList<String>();
        var where = PROJECT.relativize(page.file()) + ": ";
        var script = new StringBuilder(PRELUDE);
        var expected = new ArrayList<Integer>();
        for (var block : page.blocks()) {
            if (block.skipped() != null) {
                System.out.printf("%sblock at line %d not run: %s%n", where, block.line(), block.skipped());
                continue;
            }
            if (BUILDS.matcher(block.script()).find()) {
                // a build or a second service in this worktree would pull the classes from under the running tests
                failures.add(where + "block at line " + block.line() + " builds or starts credpath itself: mark it <!-- not run: reason -->");
                continue;
            }
            if (block.script().contains("../shared/data") && !Files.exists(SharedData.ROOT)) {
                System.out.printf("%sblock at line %d skipped: real data %s is absent%n", where, block.line(), SharedData.ROOT);
                continue;
            }
            script.append("echo '--- line ").append(block.line()).append("' >&2\n").append(block.script().replace("localhost:8080", "localhost:" + port));
            expected.addAll(block.expectedErrors());
        }
        if (script.length() == PRELUDE.length()) {
            return failures;
        }
        var log = store.resolve("commands-" + page.file().getFileName() + ".log");
        var process = new ProcessBuilder("bash", "-c", script.toString()).directory(PROJECT.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            failures.add(where + "did not finish within 3 minutes");
        }
        var stderr = Files.readString(log);
        if (process.exitValue() != 0) {
            failures.add(where + "the shell exited with " + process.exitValue() + ":\n" + stderr);
        }
        var matcher = STATUS.matcher(stderr);
        while (matcher.find()) {
            int status = Integer.parseInt(matcher.group(1));
            if (status >= 400 && !expected.remove((Integer) status)) {
                failures.add(where + matcher.group(2).replace(port, "8080") + " answered " + status + "\n" + stderr);
            }
        }
        return failures;
    }

}
