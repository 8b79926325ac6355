package org.credpath.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for requests a client library would refuse to send or would clean up first: raw
 * bytes in the request line (encoded slashes, NUL, {@code ;}, {@code //}), oversized lines and headers, bodies that
 * do not match their declared type. Answers are read whole (the request asks the server to close).
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** The status, content type and body of the answer. */
    public record Answer(int status, String contentType, String body) {
    }

    public Answer send(String method, String target, String headers, byte[] body) {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            var head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
                    + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
            var out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            var all = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(all);
            return parse(all.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer get(String target, String headers) {
        return send("GET", target, headers, null);
    }

    private static Answer parse(String response) {
        var split = response.indexOf("\r\n\r\n");
        var head = split < 0 ? response : response.substring(0, split);
        var body = split < 0 ? "" : response.substring(split + 4);
        var lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String type = "";
        boolean chunked = false;
        for (var line : lines) {
            var lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                type = line.substring(13).strip();
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
        }
        return new Answer(status, type, chunked ? unchunk(body) : body);
    }

    private static String unchunk(String body) {
        var out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int end = body.indexOf("\r\n", at);
            if (end < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, end).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, end + 2, Math.min(body.length(), end + 2 + size));
            at = end + 2 + size + 2;
        }
        return out.toString();
    }
}
