package org.credpath.imports;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a CSV file with a header row the way real exports come: UTF-8 with or without a byte order
 * mark, quoted fields holding commas and newlines. Each row knows the line it starts on, so that
 * problems point at the line an editor shows. Columns are read by header name, never by position.
 */
public final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
            .get();
    private static final int PROGRESS_EVERY = 5_000;

    private CsvFile() {
    }

    /** One data row; {@code line} is the 1-based line it starts on (the header is line 1). */
    public record Row(String file, long line, CSVRecord record) {

        /** The value of the column, stripped; empty when the column is absent. */
        public String get(String column) {
            return record.isSet(column) ? record.get(column).strip() : "";
        }

        public boolean has(String column) {
            return record.isMapped(column);
        }
    }

    /**
     * Hands every well-formed row to {@code rows}; a missing required column, a row with more fields than
     * the header or broken quoting is added to {@code problems} instead. Rows with fewer fields are fine
     * (real exports drop trailing empty cells): the missing cells read as empty. Progress is in bytes.
     */
    public static void read(Path path, Collection<String> requiredColumns, ImportProblems problems,
                            ImportProgress progress, Consumer<Row> rows) {
        var name = path.getFileName().toString();
        var step = "read " + name;
        long next = 1; // the line the record being read starts on
        try (var counting = new CountingInputStream(Files.newInputStream(path));
             var reader = skipByteOrderMark(new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8), 1 << 16));
             var parser = FORMAT.parse(reader)) {
            var size = Files.size(path);
            var header = parser.getHeaderNames();
            var missing = requiredColumns.stream().filter(c -> !header.contains(c)).toList();
            missing.forEach(c -> problems.add(name, 1, c, "required column is missing (the header has " + String.join(", ", header) + ")"));
            if (!missing.isEmpty()) {
                return;
            }
            next = parser.getCurrentLineNumber() + 1;
            long count = 0;
            for (var record : parser) {
                var line = next;
                next = parser.getCurrentLineNumber() + 1;
                if (record.size() > header.size()) {
                    problems.add(name, line, null, "the row has " + record.size() + " fields where the header has " + header.size()
                            + " (an unquoted comma, or a quote left open?)");
                } else {
                    rows.accept(new Row(name, line, record));
                }
                if (++count % PROGRESS_EVERY == 0) {
                    progress.step(step, counting.count, size);
                }
            }
            progress.step(step, size, size);
        } catch (UncheckedIOException e) {
            problems.add(name, next, null, "is not valid CSV from here on: " + rootMessage(e));
        } catch (IllegalArgumentException e) {
            problems.add(name, 1, null, "has an unusable header: " + e.getMessage());
        } catch (IOException e) {
            problems.add(name, "cannot be read: " + rootMessage(e));
        }
    }

    private static BufferedReader skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static String rootMessage(Throwable e) {
        var cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static final class CountingInputStream extends FilterInputStream {

        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            var b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            var n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
