package org.credpath.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import org.credpath.CredpathApplication;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importer;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web app on a real catalog, not the seed: the UT Dallas import alone (3,450 courses, 27 degrees; skill matching
 * off, so it takes seconds) on a store of its own with the seed off, and a learner with a real first-year transcript.
 * The learner's progress toward the real degrees (blocked ones said in words, not node ids), the catalog search with
 * paging, a degree's rule tree, the pathway graph (capped), and an adviser's exception and catalog-year comparison
 * on the real Computer Science BS; axe on every page. Skipped without ../shared/data or without Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealCatalogBrowserIT {

    private static final String LEARNER = "learner-utd-first-year";
    private static final String DEGREE = "utd-degree-2023-computer-science-bs";
    private static final String TRANSCRIPT = """
            format: credpath-catalog/1
            learners:
              - id: learner-utd-first-year
                name: Jordan Lee
                earned:
            """ + String.join("", java.util.stream.Stream.of("CS-1200", "CS-1136", "CS-1337", "CS-2305", "ECS-1100", "MATH-2413",
                    "MATH-2414", "RHET-1302", "PHYS-2325", "PHYS-2125")
            .map(code -> "      - {credential: utd-" + code + ", date: 2026-05-15, grade: \"A\", verified: true}\n").toList());

    private Neo4j neo4j;
    private ConfigurableApplicationContext app;
    private Browser browser;
    private ApiClient api;

    @BeforeAll
    void start() throws IOException {
        var source = SharedData.require("utdallas");
        var installed = Browser.installed();
        assumeTrue(installed.isPresent(), "No Chromium found (/usr/bin/chromium and /usr/bin/chromedriver, or CHROMIUM and CHROMEDRIVER): "
                + "browser tests skipped. Install them with: apt-get install -y chromium chromium-driver");
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        app = new SpringApplicationBuilder(CredpathApplication.class).run("--spring.neo4j.uri=" + neo4j.boltURI(), "--server.port=0",
                "--credpath.seed.enabled=false", "--credpath.skills.match-imports=false");
        app.getBeansOfType(Importer.class).values().stream().filter(i -> i.format().equals("utdallas")).findFirst().orElseThrow()
                .importFrom(source, ImportProgress.NONE);
        var base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        api = new ApiClient(base);
        api.loadCatalog(TRANSCRIPT);
        api.grant(LEARNER, "anna", "ADVISER");
        browser = Browser.open(installed.get(), base);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void aLearnerAndTheirAdviserUseTheRealUtDallasCatalog() throws IOException {
        signIn("[data-learner='" + LEARNER + "']", "/me/progress");
        var degree = browser.find("[data-credential='" + DEGREE + "']");
        assertThat(degree.getText()).contains("ECTS counted").contains("No plan can complete it now");
        assertThat(browser.find("#stacking").getText()).as("blocking parts named by label, not by rule node id").doesNotContain("/requirements/");
        Axe.check(browser, "/me/progress (UT Dallas)");

        browser.go("/me/graph");
        var drawn = browser.find("#pathway-graph canvas");
        assertThat(Integer.parseInt(browser.waitFor().until(d -> browser.find("#pathway-graph").getAttribute("data-nodes"))))
                .isBetween(1, 120);
        assertThat(drawn).isNotNull();
        Axe.check(browser, "/me/graph (UT Dallas)");

        browser.go("/catalog");
        assertThat(browser.mainText()).contains("Page 1 of");
        var search = browser.find("#catalog-q");
        search.sendKeys("Computer Science", Keys.ENTER);
        browser.waitFor().until(d -> browser.find("#catalog-results").getText().contains("Computer Science(BS), 2022-2023 catalog"));
        var first = browser.all("#catalog-results .card h2").get(0).getText();
        assertThat(first).as("a title holding the words comes before a description that does").containsIgnoringCase("computer science");
        Axe.check(browser, "/catalog (UT Dallas)");

        browser.go("/catalog/" + DEGREE);
        assertThat(browser.find("#rule-tree").getText()).contains("Major Preparatory Courses");
        Axe.check(browser, "/catalog/" + DEGREE);

        adviserWaivesTheMissingCoreAndComparesTheEarlierCatalogYear();
    }

    private void adviserWaivesTheMissingCoreAndComparesTheEarlierCatalogYear() throws IOException {
        signIn("[data-account='anna']", "/learners");
        browser.go("/learners/" + LEARNER + "/exceptions");
        new Select(browser.find("#exception-target")).selectByValue(DEGREE);
        browser.waitFor().until(d -> browser.find("#exception-audit").getText().contains("Computer Science(BS), 2023-2024 catalog"));
        new Select(browser.find("#exception-kind")).selectByValue("WAIVE");
        new Select(browser.find("#exception-node")).selectByValue(DEGREE + "/requirements/0");
        browser.find("#exception-reason").sendKeys("Core curriculum completed at a Texas community college");
        browser.click("#exception-form button[type='submit']");
        assertThat(browser.find("#exception-table [data-exception]").getText()).contains("anna").contains("@import ./core.json");
        assertThat(browser.find("#exception-audit").getText()).contains("waived by exception of anna");

        var with = browser.find("#compare-with");
        with.sendKeys("Computer Science(BS), 2022");
        browser.find("#compare-with ~ [role='listbox'] [role='option']");
        with.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.find("#compare-alternative");
        assertThat(browser.find("#compare-result").getText()).contains("Still counts").contains("If switched: Computer Science(BS), 2022-2023 catalog");
        Axe.check(browser, "/learners/" + LEARNER + "/exceptions (UT Dallas)");
    }

    private void signIn(String button, String home) {
        browser.go("/sign-in");
        if (!browser.all("#sign-out").isEmpty()) {
            browser.expectRender("/sign-in", () -> browser.click("#sign-out"));
        }
        browser.expectRender(home, () -> browser.click(button));
    }
}
