package org.credpath.web;

import java.util.LinkedHashMap;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.json.JsonMapper;

/**
 * Errors raised outside Spring MVC still leave as problem details: Tomcat's own (through
 * {@link ProblemErrorReportValve}, installed on the host here) and those forwarded to {@code /error}
 * ({@link ProblemErrorController}). Details are generic: these requests never reached the code that could say more.
 */
@Configuration(proxyBeanMethods = false)
public class ContainerErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        // the host adds its error report valve, by class name, when it starts, which is after this runs
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** What to tell a client whose request the container refused with this status, before any handler saw it. */
    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: the URL may hold an encoded slash, backslash, NUL, percent sign, semicolon, "
                    + "line break or empty path segment, or the request line or a header is over the size limit.";
            case 404 -> "Nothing is served at this path.";
            case 405 -> "This path does not take this method.";
            case 413 -> "The request is larger than the server takes.";
            case 414 -> "The request URL is longer than the server takes.";
            case 431 -> "The request headers are larger than the server takes.";
            default -> status >= 500 ? "The request could not be completed; the error is logged on the server."
                    : reason(status);
        };
    }

    static String problemJson(int status, String detail, String path) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "urn:credpath:problem:" + (status >= 500 ? "internal" : "http-" + status));
        body.put("title", reason(status));
        body.put("status", status);
        body.put("detail", detail);
        if (path != null) {
            body.put("instance", path);
        }
        return JSON.writeValueAsString(body);
    }

    static String reason(int status) {
        var known = HttpStatus.resolve(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
