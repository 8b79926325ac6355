package org.credpath.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.credpath.imports.esco.EscoFixture;
import org.credpath.imports.esco.EscoFixture.Layout;
import org.credpath.support.GraphCounts;
import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import jakarta.servlet.MultipartConfigElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin import endpoint on the shared test database, with the tiny ESCO fixture (urn:test:esco:, deleted after each test). */
@IntegrationTest
@DisplayName("POST /api/admin/imports/{format}")
class ImportApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    @Autowired
    MultipartConfigElement multipart;
    @TempDir
    Path folder;

    private final HttpClient client = HttpClient.newHttpClient();
    private Path esco;

    @BeforeEach
    void fixture() {
        esco = EscoFixture.write(folder.resolve("esco"), Layout.V11);
    }

    @AfterEach
    void deleteFixture() {
        driver.executableQuery("MATCH (n) WHERE n.uri STARTS WITH $prefix DETACH DELETE n")
                .withParameters(java.util.Map.of("prefix", EscoFixture.PREFIX)).execute();
    }

    @Test
    void importsUploadedEscoFilesAndReportsWhatItCreated() throws IOException {
        var response = postFiles("esco", files(esco));

        assertThat(response.statusCode()).isEqualTo(200);
        var report = JSON.readTree(response.body());
        assertThat(report.path("format").asString()).isEqualTo("esco");
        assertThat(report.path("source").asString()).startsWith("upload of ").contains("skills_en.csv");
        assertThat(report.path("entries").path("skills").path("created").asInt()).isEqualTo(4);
        assertThat(report.path("entries").path("occupationSkillRelations").path("created").asInt()).isEqualTo(3);
        assertThat(report.path("entries").propertyNames()).containsExactly("skills", "skillGroups", "occupations",
                "occupationSkillRelations", "skillSkillRelations", "broaderRelations");
        assertThat(driver.executableQuery("MATCH (s:Skill) WHERE s.uri STARTS WITH 'urn:test:esco:' RETURN count(s) AS n")
                .execute().records().get(0).get("n").asLong()).isEqualTo(4);
    }

    @Test
    @DisplayName("POST /api/admin/imports/{format}/raw takes a zip, and a second import changes nothing")
    void importsAZipSentAsTheRawBodyAndASecondTimeChangesNothing() {
        var zip = EscoFixture.zip(esco, folder.resolve("esco.zip"));
        assertThat(postZip("esco", zip).statusCode()).isEqualTo(200);
        var counts = GraphCounts.of(driver);

        var again = postZip("esco", zip);

        assertThat(again.statusCode()).isEqualTo(200);
        var entries = JSON.readTree(again.body()).path("entries");
        entries.forEach(c -> assertThat(c.path("created").asInt() + c.path("updated").asInt()).isZero());
        assertThat(entries.path("broaderRelations").path("skipped").asInt()).isEqualTo(6);
        assertThat(GraphCounts.of(driver)).isEqualTo(counts);
    }

    @Test
    void rejectsABrokenSourceWith422NamingFileLineAndFieldAndWritesNothing() throws IOException {
        EscoFixture.edit(esco, "skills_en.csv", "urn:test:esco:skill/french,", ",");
        var before = GraphCounts.of(driver);

        var response = postFiles("esco", files(esco));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("source").asString()).startsWith("upload of ");
        assertThat(problem.path("errors").get(0).path("path").asString()).isEqualTo("skills_en.csv: line 7, field conceptUri");
        assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo("is empty");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void answers404ForAnUnknownFormat() throws IOException {
        var response = postFiles("no-such-format", files(esco));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).path("resource").asString()).isEqualTo("import format");
    }

    @Test
    @DisplayName("GET /api/admin/imports lists the formats")
    void listsTheFormats() {
        var formats = new Http(port).json("/api/admin/imports");

        assertThat(formats.findValuesAsString("format")).contains("esco", "utdallas", "ctdl");
    }

    @Test
    void takesMultipartSourcesUpTo512Megabytes() {
        // the limits the servlet container applies; an upload over them is answered 413 (see UploadLimitProblemTests)
        assertThat(multipart.getMaxFileSize()).isEqualTo(512L << 20);
        assertThat(multipart.getMaxRequestSize()).isEqualTo(512L << 20);
    }

    @Test
    @DisplayName("GET /v3/api-docs documents both ways to send a source")
    void isDocumentedInTheOpenApiDocument() {
        var paths = new Http(port).json("/v3/api-docs").path("paths");

        assertThat(paths.path("/api/admin/imports/{format}").path("post").path("requestBody").path("content").propertyNames())
                .containsExactly("multipart/form-data");
        assertThat(paths.path("/api/admin/imports/{format}/raw").path("post").path("requestBody").path("content").propertyNames())
                .contains("application/zip");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private HttpResponse<String> postFiles(String format, List<Path> files) {
        var body = Multipart.files("files", files);
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/imports/" + format))
                .header("Content-Type", body.contentType()).header("Authorization", bearer()).POST(HttpRequest.BodyPublishers.ofByteArray(body.body())).build());
    }

    private HttpResponse<String> postZip(String format, Path zip) {
        try {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/imports/" + format + "/raw?name=esco.zip"))
                    .header("Content-Type", "application/zip").header("Authorization", bearer()).POST(HttpRequest.BodyPublishers.ofFile(zip)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An admin's token: imports are for admins. */
    private String bearer() {
        return "Bearer " + new Http(port).token();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
