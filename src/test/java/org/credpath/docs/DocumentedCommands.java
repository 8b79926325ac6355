package org.credpath.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fenced {@code bash} blocks of the README and of every page under {@code docs/}, in order. A block preceded
 * (on the line just before its fence) by {@code <!-- not run: reason -->} is one a reader runs elsewhere (it starts
 * the service, needs a server or an identity provider, or takes minutes); every other block must run as written
 * against a started service.
 */
record DocumentedCommands(Path file, List<Block> blocks) {

    /** {@code skipped}: the reason given in the page, or null for a block that runs. */
    record Block(int line, String script, String skipped) {
        /** The statuses the block says some command answers ({@code # 403: no consent yet}): refusals it shows on purpose. */
        List<Integer> expectedErrors() {
            var statuses = new ArrayList<Integer>();
            var matcher = EXPECTED.matcher(script);
            while (matcher.find()) {
                statuses.add(Integer.parseInt(matcher.group(1)));
            }
            return statuses;
        }
    }

    private static final Pattern SKIP = Pattern.compile("^<!--\\s*not run:\\s*(.+?)\\s*-->$");
    private static final Pattern EXPECTED = Pattern.compile("#\\s*([45]\\d\\d)\\b");

    static List<DocumentedCommands> of(Path project) {
        try (Stream<Path> docs = Files.walk(project.resolve("docs"))) {
            var files = new ArrayList<Path>();
            files.add(project.resolve("README.md"));
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            return files.stream().map(DocumentedCommands::read).filter(d -> !d.blocks().isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentedCommands read(Path file) {
        try {
            var lines = Files.readAllLines(file);
            var blocks = new ArrayList<Block>();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).strip().equals("```bash")) {
                    continue;
                }
                int start = i;
                var script = new StringBuilder();
                while (++i < lines.size() && !lines.get(i).strip().equals("```")) {
                    script.append(lines.get(i)).append('\n');
                }
                var skip = start > 0 ? SKIP.matcher(lines.get(start - 1).strip()) : null;
                blocks.add(new Block(start + 1, script.toString(), skip != null && skip.matches() ? skip.group(1) : null));
            }
            return new DocumentedCommands(file, blocks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
