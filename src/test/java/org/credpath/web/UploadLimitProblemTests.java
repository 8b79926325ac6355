package org.credpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the multipart limits answers 413 as problem details naming the limits (a unit test of the
 * advice: the limits are fixed when the servlet container starts, so a small one would need a context of its own).
 */
class UploadLimitProblemTests {

    @Test
    void answers413NamingTheConfiguredLimitsAndTheRawRoute() {
        var limits = new MultipartProperties();
        limits.setMaxFileSize(DataSize.ofKilobytes(64));
        limits.setMaxRequestSize(DataSize.ofMegabytes(3));
        var beans = new StaticListableBeanFactory();
        beans.addBean("multipartProperties", limits);
        var advice = new ProblemDetailsAdvice(beans.getBeanProvider(MultipartProperties.class));

        // Spring reports -1 when the servlet container does not say which limit was hit
        var response = advice.handleMaxUploadSizeExceededException(new MaxUploadSizeExceededException(-1), new HttpHeaders(),
                HttpStatus.CONTENT_TOO_LARGE, new ServletWebRequest(new MockHttpServletRequest()));

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        var problem = (ProblemDetail) response.getBody();
        assertThat(problem.getType().toString()).isEqualTo("urn:credpath:problem:upload-too-large");
        assertThat(problem.getDetail()).isEqualTo("The upload is larger than the multipart limits allow: 64KB per file "
                + "(spring.servlet.multipart.max-file-size), 3MB per request (spring.servlet.multipart.max-request-size). "
                + "Send a large source as the raw request body to POST /api/admin/imports/{format}/raw, which streams it to "
                + "disk with no such limit.");
        assertThat(problem.getProperties()).containsEntry("maxFileSize", "64KB").containsEntry("maxRequestSize", "3MB");
    }

    @Test
    void namesAnUnboundedLimitAsSuch() {
        var limits = new MultipartProperties();
        limits.setMaxFileSize(DataSize.ofBytes(-1));
        limits.setMaxRequestSize(DataSize.ofBytes(1500));
        var beans = new StaticListableBeanFactory();
        beans.addBean("multipartProperties", limits);

        var response = new ProblemDetailsAdvice(beans.getBeanProvider(MultipartProperties.class))
                .handleMaxUploadSizeExceededException(new MaxUploadSizeExceededException(1500), new HttpHeaders(),
                        HttpStatus.CONTENT_TOO_LARGE, new ServletWebRequest(new MockHttpServletRequest()));

        assertThat(((ProblemDetail) response.getBody()).getProperties())
                .containsEntry("maxFileSize", "no limit").containsEntry("maxRequestSize", "1500B");
    }
}
