package org.credpath.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.web.BadRequestException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files saved to a temporary folder for an importer to read like any other source: zips are
 * unpacked into it. The source is the single file when exactly one plain file came, else the folder.
 */
public final class UploadedSource implements AutoCloseable {

    /** Longest file name kept, in UTF-8 bytes: file systems take 255. */
    static final int MAX_NAME_BYTES = 200;

    private final TempFolder folder;
    private final List<String> names = new ArrayList<>();
    private Path single;

    private UploadedSource() {
        this.folder = TempFolder.create("credpath-upload-");
    }

    public static UploadedSource of(List<MultipartFile> files) {
        if (files == null || files.isEmpty()) {
            throw new BadRequestException("files", "at least one file is required");
        }
        var upload = new UploadedSource();
        try {
            for (var file : files) {
                try (var in = file.getInputStream()) {
                    upload.add("files", file.getOriginalFilename(), in);
                }
            }
            upload.single = files.size() == 1 && !isZip(upload.names.get(0)) ? upload.folder.path().resolve(upload.names.get(0)) : null;
            return upload;
        } catch (IOException | RuntimeException e) {
            upload.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    static UploadedSource of(String name, InputStream body) {
        var upload = new UploadedSource();
        try {
            upload.add("name", name, body);
            upload.single = isZip(upload.names.get(0)) ? null : upload.folder.path().resolve(upload.names.get(0));
            return upload;
        } catch (IOException | RuntimeException e) {
            upload.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private void add(String parameter, String originalName, InputStream in) throws IOException {
        var name = safeName(parameter, originalName);
        if (names.contains(name)) {
            throw new BadRequestException(parameter, "two files are named " + name);
        }
        names.add(name);
        if (isZip(name)) {
            Archives.unzip(name, in, folder.path());
        } else {
            Files.copy(in, folder.path().resolve(name));
        }
    }

    /** What the importer reads. */
    public Path path() {
        return single != null ? single : folder.path();
    }

    /** How reports and errors name the upload (never the server's temporary path). */
    public String label() {
        return "upload of " + String.join(", ", names);
    }

    @Override
    public void close() {
        folder.close();
    }

    private static boolean isZip(String name) {
        return name.toLowerCase().endsWith(".zip");
    }

    /**
     * The bare file name: browsers may send a client path, and a name must not climb out of the folder, hold control
     * characters (a NUL ends a path) or be longer than a file system takes.
     */
    private static String safeName(String parameter, String original) {
        var name = original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new BadRequestException(parameter, "every file needs a name (got '" + original + "')");
        }
        if (name.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new BadRequestException(parameter, "a file name may not hold control or formatting (e.g. right-to-left) characters");
        }
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new BadRequestException(parameter, "a file name may be at most " + MAX_NAME_BYTES + " bytes (was "
                    + name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + ")");
        }
        return name;
    }
}
