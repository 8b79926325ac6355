package org.credpath.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Caps request bodies with 413 problem details: {@code credpath.limits.request-body} for the API,
 * {@code credpath.limits.catalog-body} for a catalog file sent to {@code POST /api/admin/catalog}. The import
 * endpoints ({@code /api/admin/imports/**}) are left to the multipart limits and to the streamed raw upload, which
 * writes to disk, not memory. A body without a declared length is read up to the limit before it is let through.
 * Runs after authentication, so no one without a token gets a large body read.
 */
@Component
@ConditionalOnWebApplication
class RequestBodyLimit extends OncePerRequestFilter {

    /** The limits; sizes such as {@code 1MB} or {@code 512KB}. */
    @ConfigurationProperties("credpath.limits")
    record Limits(@DefaultValue("1MB") DataSize requestBody, @DefaultValue("16MB") DataSize catalogBody) {
    }

    private final Limits limits;

    RequestBodyLimit(Limits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var limit = limit(request.getRequestURI());
        if (limit < 0 || request.getContentLengthLong() == 0) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit);
            return;
        }
        if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
            var body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                tooLarge(request, response, limit);
                return;
            }
            request = new ReadBody(request, body);
        }
        chain.doFilter(request, response);
    }

    private long limit(String path) {
        if (path.startsWith("/api/admin/imports")) {
            return -1;
        }
        return path.startsWith("/api/admin/catalog") ? limits.catalogBody().toBytes() : limits.requestBody().toBytes();
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        ProblemResponses.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
                "The request body is larger than the " + DataSize.ofBytes(limit).toKilobytes() + " KB this endpoint takes.");
    }

    /** The request with its body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            var charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
