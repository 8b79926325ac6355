package org.credpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.credpath.support.RawHttp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * The fuzz findings of issue 24 defect 1, each a regression test: what used to answer 500, HTML or Spring Boot's
 * legacy error JSON now answers a 4xx problem naming what is wrong.
 */
@IntegrationTest
@DisplayName("Hostile input: bounded parameters, and problem details from every layer")
class HostileInputIT {

    static final List<String> PAGED = List.of("/api/credentials", "/api/providers", "/api/skills", "/api/occupations", "/api/learners");

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    @Test
    void aPageBeyondTheOffsetLimitIsA400OnEveryPagedList() {
        for (var list : PAGED) {
            http().get(list + "?page=2147483647").problem(400, "page");
            http().get(list + "?page=50001&size=20").problem(400, "page");
            assertThat(http().get(list + "?page=5000&size=200").status()).as(list).isEqualTo(200);
        }
    }

    @Test
    void anEmptyNumberIsA400NotTheDefault() {
        for (var list : PAGED) {
            http().get(list + "?page=").problem(400, "page");
            http().get(list + "?size=").problem(400, "size");
        }
        http().get("/api/credentials?eqfLevel=").problem(400, "eqfLevel");
        assertThat(http().get("/api/credentials?q=").status()).as("empty text is no filter").isEqualTo(200);
    }

    @Test
    void searchTextIsBoundedAndTheFullTextIndexNeverFailsAsAServerError() {
        for (var list : List.of("/api/skills", "/api/occupations", "/api/credentials", "/api/providers")) {
            http().get(list + "?q=" + "a".repeat(1001)).problem(400, "q");
            http().get(list + "?q=" + Http.encode("ab ".repeat(600))).problem(400, "q");
            assertThat(http().get(list + "?q=" + "a".repeat(200)).status()).as(list).isEqualTo(200);
            assertThat(http().get(list + "?q=" + Http.encode("ab ".repeat(32))).status()).as(list).isEqualTo(200);
        }
    }

    @Test
    void anUploadNameTheFileSystemCannotTakeIsA400NamingIt() {
        var raw = "/api/admin/imports/esco/raw?name=";
        http().post(raw + "a".repeat(300) + ".csv", "text/csv", "a,b").problem(400, "name");
        http().post(raw + "a%00b.csv", "text/csv", "a,b").problem(400, "name");
    }

    @Test
    void aTruncatedZipIsRejectedAsTheUploadsFault() {
        // a local file header promising 1000 bytes of a.csv, then 100
        var zip = new java.io.ByteArrayOutputStream();
        zip.writeBytes(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xE8, 3, 0, 0, (byte) 0xE8, 3, 0, 0, 5, 0, 0, 0});
        zip.writeBytes("a.csv".getBytes(StandardCharsets.US_ASCII));
        zip.writeBytes("x".repeat(100).getBytes(StandardCharsets.US_ASCII));
        var answer = new RawHttp(port).send("POST", "/api/admin/imports/esco/raw?name=t.zip",
                "Authorization: Bearer " + http().token() + "\r\nContent-Type: application/zip\r\n", zip.toByteArray());
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("not a readable zip");
    }

    @Test
    void anEmptyOrBrokenMultipartBodyIsA400NamingTheFiles() {
        var multipart = "/api/admin/imports/esco";
        http().post(multipart, "multipart/form-data", "").problem(400, "files");
        http().post(multipart, "multipart/form-data; boundary=xx", "").problem(400, "files");
        http().post(multipart, "multipart/form-data; boundary=xx", "--xx--\r\n").problem(400, "files");
    }

    @Test
    void aBodyThatIsNotJsonSaysWhere() {
        var problem = http().put("/api/learners/learner-aino/goals", "application/json", "[{\"occupation\": ").problem(400, "body");
        assertThat(problem.path("detail").asString()).contains("line 1");
    }

    /** URLs Tomcat refuses before any filter runs, and URLs Spring Security's firewall refuses. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/credentials/a%2Fb", "/api/credentials/a%5Cb", "/api/credentials/a%00b", "/api/credentials/a%25b",
            "/api/credentials/a%3Bb", "/api/credentials/a;b", "/api//credentials", "/api/credentials/a%0Ab", "/api/credentials/a%0Db",
            "/api/credentials/%2e%2e/x", "/api/credentials/a%u0000"})
    void aUrlTheContainerRefusesIsAProblem(String target) {
        var answer = new RawHttp(port).get(target, "");
        assertThat(answer.status()).as(target + " " + answer.body()).isBetween(400, 499);
        assertProblem(answer);
    }

    @Test
    void anOversizedRequestLineOrHeaderIsAProblem() {
        var raw = new RawHttp(port);
        assertProblem(raw.get("/api/credentials/" + "a".repeat(9000), ""));
        assertProblem(raw.get("/api/credentials", "X-Big: " + "a".repeat(20_000) + "\r\n"));
    }

    @Test
    void anUnsupportedMediaTypeOrMethodOrPathIsAProblem() {
        var raw = new RawHttp(port);
        var token = "Authorization: Bearer " + http().token() + "\r\n";
        assertProblem(raw.send("PUT", "/api/learners/learner-aino/goals", token + "Content-Type: text/plain\r\n", "x".getBytes()));
        assertProblem(raw.send("DELETE", "/api/credentials", token, null));
        assertProblem(raw.get("/api/credentials", "Accept: application/xml\r\n"));
        assertProblem(raw.get("/api/no-such-thing", token));
        assertProblem(raw.send("POST", "/error", token, new byte[0]));
    }

    private static void assertProblem(RawHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
        var problem = JsonMapper.builder().build().readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(Map.of("body", answer.body())).doesNotContainValue("timestamp");
        assertThat(answer.body()).doesNotContain("\"timestamp\"").doesNotContain("<html");
    }
}
