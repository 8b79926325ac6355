package org.credpath.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The web app's journeys in real headless Chromium on the seed catalog, one per role plus access: every page opened
 * is checked with axe-core and photographed at desktop width and at 375 px. Skipped when no Chromium is installed.
 * The service under test is {@link #base()}: the suite's shared one ({@link WebAppBrowserIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class WebAppJourneys {

    private static final String AINO = "learner-aino";
    private static final String ERASED = "learner-zz-erase";
    private static final String CERTIFICATE = "hh-cert-data-analytics";
    private static final String WAIVABLE_TARGET = """
            format: credpath-catalog/1
            credentials:
              - id: zz-webapp-cert-agile-team
                kind: certificate
                title: Certificate in Agile Team Practice (browser test)
                provider: hh
                description: A module and two years in a project team.
                ects: 2
                eqfLevel: 6
                language: en
                participation: blended
                requirements:
                  kind: ALL_OF
                  label: Agile team practice
                  children:
                    - credential: hh-mc-agile-projects
                    - condition: Two years in a project team (adviser decision)
            """;
    private static final String JOB_AD = """
            We are hiring a data analyst. You will use SQL to query our databases and build dashboards in Power BI. \
            You analyse data with Python and statistics, clean data and report the results to managers. \
            Experience with data visualisation and spreadsheets is a plus.""";

    /** Where the service runs, e.g. {@code http://localhost:8080}. */
    abstract String base();

    private Browser browser;
    private ApiClient api;
    private String ainoGoals;

    @BeforeAll
    void open() throws IOException {
        var installed = Browser.installed();
        assumeTrue(installed.isPresent(), "No Chromium found (/usr/bin/chromium and /usr/bin/chromedriver, or CHROMIUM and CHROMEDRIVER): "
                + "browser tests skipped. Install them with: apt-get install -y chromium chromium-driver");
        api = new ApiClient(base());
        ainoGoals = api.goalsOf(AINO);
        browser = Browser.open(installed.get(), base());
    }

    @AfterAll
    void close() throws IOException {
        if (api != null) {
            // the suite shares one database: leave Aino's record as the seed made it
            api.restoreGoals(AINO, ainoGoals);
            api.removeExceptions(AINO);
            api.revoke(AINO, "anna");
            api.revoke(AINO, "erik");
            api.eraseIfPresent(ERASED);
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void signInPageSaysItIsForDevelopmentAndWorksByKeyboard() throws IOException {
        browser.go("/sign-in");
        assertThat(browser.mainText()).contains("For development only").contains("Aino Virtanen").contains("Anna Berg");
        page("sign-in", "/sign-in");

        // keyboard only: Tab to the button for Aino, Enter signs in
        var keys = new org.openqa.selenium.interactions.Actions(browser.driver());
        for (int i = 0; i < 40 && !"learner-aino".equals(browser.script("return document.activeElement.dataset.learner")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.script("return document.activeElement.dataset.learner")).isEqualTo("learner-aino");
        browser.expectRender("/me/progress", () -> keys.sendKeys(Keys.ENTER).perform());
        assertThat(browser.find("#sign-out").getText()).isEqualTo("Sign out");
    }

    @Test
    @Order(2)
    void learnerSeesProgressSetsAGoalReadsNextStepsAndRouteAndManagesConsent() throws IOException {
        signIn("[data-learner='learner-aino']", "/me/progress");
        var certificate = browser.find("[data-credential='hh-cert-data-analytics']");
        assertThat(certificate.getText()).contains("26 of 30 ECTS counted");
        certificate.findElement(org.openqa.selenium.By.cssSelector("button")).click();
        browser.waitFor().until(d -> certificate.getText().contains("Core modules"));
        assertThat(certificate.getText()).contains("no part of this credential's rule accepts it");
        // what-if: with the elective the plan names, the audit in place says the certificate is complete
        browser.find("#what-if-hh-cert-data-analytics").sendKeys("science des données");
        browser.waitFor().until(d -> certificate.findElements(org.openqa.selenium.By.xpath(
                ".//li[@role='option'][contains(., 'Introduction à la science des données')]")).size() == 1);
        certificate.findElement(org.openqa.selenium.By.xpath(".//li[@role='option'][contains(., 'Introduction à la science des données')]")).click();
        browser.waitFor().until(d -> certificate.getText().contains("(not saved)"));
        assertThat(certificate.findElement(org.openqa.selenium.By.cssSelector(".audit-result")).getText()).contains("30 of 30 ECTS counted");
        // ... and the skill gap toward her goal (data analyst) is redone with it, in place
        browser.waitFor().until(d -> certificate.findElement(org.openqa.selenium.By.cssSelector(".what-if-gap")).getText()
                .contains("essential skills now"));
        page("learner-progress", "/me/progress");

        browser.go("/me/credentials");
        assertThat(browser.mainText()).contains("Python for Data Analysis").contains("not verified");
        page("learner-credentials", "/me/credentials");

        browser.go("/me/goal");
        browser.expectRender("/me/goal", () -> {
            var search = browser.find("#occupation-search");
            search.sendKeys("data analyst");
            browser.find("[role='option']");
            search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        });
        assertThat(browser.find("#goals").getText()).contains("data analyst");
        assertThat(browser.find("#skill-gap").getText()).contains("essential skills");
        page("learner-goal", "/me/goal");

        browser.go("/me/next");
        assertThat(browser.all("#next-steps > li")).isNotEmpty();
        assertThat(browser.find("#next-steps").getText()).contains("It teaches");
        page("learner-next-steps", "/me/next");

        browser.go("/me/route");
        assertThat(browser.find("#route-terms").getText()).contains("Term 1");
        page("learner-route", "/me/route");

        browser.go("/me/graph");
        browser.find("#pathway-graph canvas");
        assertThat(browser.find("#graph-list").getText()).contains("counts toward Professional Certificate in Data Analytics");
        page("learner-graph", "/me/graph");

        browser.go("/me/privacy");
        grant("anna", "ADVISER");
        grant("erik", "EMPLOYER");
        browser.find("#consent-list [data-grantee='erik'] button").click();
        browser.waitFor().until(d -> browser.all("#consent-list [data-grantee='erik']").isEmpty());
        assertThat(browser.all("#consent-list [data-grantee='anna']")).hasSize(1);
        assertThat(api.consentsOf(AINO)).contains("anna").doesNotContain("erik");
        page("learner-privacy", "/me/privacy");
    }

    @Test
    @Order(3)
    void aLearnerCannotReachAnotherLearnersPages() {
        signIn("[data-learner='learner-aino']", "/me/progress");
        browser.go("/learners/learner-marta");
        assertThat(browser.mainText()).contains("Not available to you").doesNotContain("Marta");
        assertThat(browser.all("a[href*='learner-marta']")).isEmpty();
        // the session cookie authenticates the API for the page, but only for what the learner may see
        assertThat(fetchStatus("/api/learners/learner-marta", "GET", false)).isEqualTo(403L);
        assertThat(fetchStatus("/api/learners/learner-aino", "GET", false)).isEqualTo(200L);
        // a change without the session's CSRF token is refused, with it accepted
        assertThat(fetchStatus("/api/learners/learner-aino/consents?grantee=nobody", "DELETE", false)).isEqualTo(403L);
        assertThat(fetchStatus("/api/learners/learner-aino/consents?grantee=nobody", "DELETE", true)).isEqualTo(204L);
        // nothing of the session is readable by a script
        assertThat((String) browser.script("return document.cookie")).doesNotContain("credpath_session");
    }

    @Test
    @Order(4)
    void anAdviserSeesAGrantingLearnerAndLosesHerOnTheNextLoadAfterARevocation() throws IOException {
        signIn("[data-account='anna']", "/learners");
        browser.go("/cohort");
        var search = browser.find("#cohort-occupation");
        search.sendKeys("data analyst");
        browser.find("[role='option']");
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertThat(browser.find("#cohort-table [data-learner='learner-aino']").getText()).contains("Aino Virtanen");
        browser.click("#cohort-table th:nth-child(3) button");
        assertThat(browser.find("#cohort-table th:nth-child(3)").getAttribute("aria-sort")).isEqualTo("ascending");
        page("adviser-cohort", "/cohort");

        browser.go("/learners");
        browser.click("[data-learner='learner-aino'] a");
        browser.ready("/learners/learner-aino");
        assertThat(browser.mainText()).contains("Aino Virtanen").contains("Professional Certificate in Data Analytics").contains("Term 1");
        page("adviser-learner", "/learners/learner-aino");

        adviserPlansWithFiltersAndAWaiver();
        adviserMakesAndRemovesAnExceptionAndComparesATarget();

        api.revoke(AINO, "anna");
        browser.reload("/learners/learner-aino");
        assertThat(browser.mainText()).contains("You may not see or do this").doesNotContain("Data Analytics");
        browser.go("/learners/learner-aino/plan");
        assertThat(browser.mainText()).contains("You may not see or do this").doesNotContain("Aino");
        browser.go("/learners");
        assertThat(browser.all("[data-learner='learner-aino']")).isEmpty();
        assertThat(browser.mainText()).contains("No learner has granted you access yet");
    }

    /** The plan beside the audit; a filter a person got wrong is a sentence naming the field; a waiver changes the plan. */
    private void adviserPlansWithFiltersAndAWaiver() throws IOException {
        browser.expectRender("/learners/learner-aino/plan", () -> browser.click("#open-plan"));
        browser.waitFor().until(d -> !browser.all("#plan-terms li").isEmpty());
        assertThat(browser.find("#plan-audit").getText()).contains("26 of 30 ECTS counted");
        assertThat(browser.find("#plan-summary").getText()).contains("credentials over");

        var price = browser.find("#plan-max-price");
        price.sendKeys("-1");
        browser.click("#plan-submit");
        browser.waitFor().until(d -> browser.find("#plan-result").getText().contains("(field: maxPrice)"));
        price.clear();

        // a target of the test's own whose rule has a condition (only an adviser's waiver meets it)
        api.loadCatalog(WAIVABLE_TARGET);
        var target = browser.find("#plan-other-target");
        target.sendKeys("Agile Team Practice");
        browser.find("[role='option']");
        target.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitFor().until(d -> "zz-webapp-cert-agile-team".equals(browser.find("#plan-target").getAttribute("value"))
                && !browser.find("#plan-result").getText().contains("Loading"));
        assertThat(browser.find("#plan-blockers").getText()).contains("a condition only an adviser can waive").contains("you may waive this");
        browser.click("#plan-waive-0");
        new org.openqa.selenium.support.ui.Select(browser.find("#plan-participation")).selectByValue("online");
        browser.click("#plan-submit");
        browser.waitFor().until(d -> !browser.find("#plan-result").getText().contains("Loading"));
        assertThat(browser.find("#plan-blockers").getText()).as("the filter leaves only the blended module out")
                .contains("participation blended").doesNotContain("a condition only an adviser can waive");
        new org.openqa.selenium.support.ui.Select(browser.find("#plan-participation")).selectByValue("");
        browser.click("#plan-submit");
        browser.waitFor().until(d -> !browser.find("#plan-result").getText().contains("Loading"));
        assertThat(browser.find("#plan-terms").getText()).contains("Agile Software Projects")
                .contains("Counts toward: Certificate in Agile Team Practice (browser test)");
        assertThat(browser.find("#plan-audit").getText()).contains("Two years in a project team");
        browser.script("document.querySelector('.side-by-side').scrollIntoView()"); // the photo shows the plan beside the audit
        page("adviser-plan", "/learners/learner-aino/plan");
        browser.go("/learners/learner-aino");
    }

    /** An exception with a reason, picked from the audit tree, marked in the audit; the comparison with another programme. */
    private void adviserMakesAndRemovesAnExceptionAndComparesATarget() throws IOException {
        browser.go("/learners/learner-aino/exceptions");
        assertThat(browser.find("#exception-list").getText()).contains("No exception has been made");
        new Select(browser.find("#exception-target")).selectByValue(CERTIFICATE);
        browser.waitFor().until(d -> browser.find("#exception-audit").getText().contains("26 of 30 ECTS counted"));
        new Select(browser.find("#exception-kind")).selectByValue("WAIVE");
        new Select(browser.find("#exception-node")).selectByValue(CERTIFICATE + "/requirements/1");
        browser.click("#exception-form button[type='submit']");
        browser.waitFor().until(d -> browser.find("#exception-result").getText().contains("(field: reason)"));
        browser.find("#exception-reason").sendKeys("Data management passed in her previous programme");
        browser.click("#exception-form button[type='submit']");
        var row = browser.find("#exception-table [data-exception]");
        assertThat(row.getText()).contains("Waive").contains("Data management").contains("anna").contains("Data management passed");
        assertThat(browser.find("#exception-audit").getText()).contains("waived by exception of anna");
        assertThat(browser.all("#exception-audit .tree .exception")).as("the waived node is tagged as an exception").isNotEmpty();

        var with = browser.find("#compare-with");
        with.sendKeys("Ingeniería de Datos");
        browser.find("#compare-with ~ [role='listbox'] [role='option']");
        with.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.find("#compare-alternative");
        assertThat(browser.find("#compare-result").getText()).contains("Still counts").contains("If switched: Experto Universitario");
        browser.script("document.getElementById('exception-list').scrollIntoView()");
        page("adviser-exceptions", "/learners/learner-aino/exceptions");

        browser.click("#exception-table [data-exception] button");
        browser.waitFor().until(d -> browser.find("#exception-list").getText().contains("No exception has been made"));
        assertThat(browser.find("#exception-audit").getText()).doesNotContain("by exception of");
        browser.go("/learners/learner-aino");
    }

    @Test
    @Order(5)
    void anEmployerMapsAnOccupationToTheSmallestBundle() throws IOException {
        signIn("[data-account='erik']", "/coverage");
        var search = browser.find("#coverage-occupation");
        search.sendKeys("software developer");
        browser.find("[role='option']");
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitFor().until(d -> !browser.all("#bundle li").isEmpty());
        assertThat(browser.mainText()).contains("Smallest bundle").contains("Skill by skill");
        var others = java.util.List.of(" · SI · ", " · ES · ", " · FR · ", " · IT · ");
        assertThat(others).as("teachers outside Finland before the filter").anyMatch(browser.find("#coverage").getText()::contains);
        // filters go to /api/coverage: only Finnish providers' credentials teach, cover and bundle
        browser.find("#coverage-country").sendKeys("fi");
        browser.click("#coverage-apply");
        browser.waitFor().until(d -> browser.find("#coverage").getText().contains("Skill by skill"));
        assertThat(others).as("teachers outside Finland after the filter").noneMatch(browser.find("#coverage").getText()::contains);
        assertThat(browser.find("#coverage").getText()).contains(" · FI · ");
        page("employer-coverage", "/coverage");
    }

    @Test
    @Order(5)
    void anEmployerPastesAJobAdConfirmsTheSkillsAndGetsTheBundle() throws IOException {
        signIn("[data-account='erik']", "/coverage");
        browser.find("#job-ad").sendKeys(JOB_AD);
        // the skill finder builds its model once after a start: until then the page says so, and asking again works
        browser.waitFor().withTimeout(java.time.Duration.ofSeconds(120)).pollingEvery(java.time.Duration.ofSeconds(3)).until(d -> {
            if (!browser.all("#job-ad-list li").isEmpty()) {
                return true;
            }
            browser.click("#job-ad-form button[type='submit']");
            return false;
        });
        var first = browser.find("#job-ad-list li");
        assertThat(first.getText()).contains("% sure");
        assertThat(browser.all("#job-ad-list mark")).as("the words that named a skill are marked in its sentence").isNotEmpty();
        new org.openqa.selenium.support.ui.Select(first.findElement(org.openqa.selenium.By.cssSelector("select"))).selectByValue("no");
        browser.click("#job-ad-cover");
        browser.waitFor().until(d -> browser.mainText().contains("The advertisement's skills"));
        assertThat(browser.find("#coverage-summary").getText()).contains("skills are taught in the catalog");
        page("employer-job-ad", "/coverage");
    }

    @Test
    @Order(6)
    void anAdminSeesImportsAndACredentialsRuleTree() throws IOException {
        signIn("[data-account='root']", "/imports");
        assertThat(browser.all("#import-format option")).isNotEmpty();
        new org.openqa.selenium.support.ui.Select(browser.find("#import-format")).selectByValue("credentials");
        // a file that is no credential: nothing is written, and every problem is a sentence with its place
        browser.find("#import-files").sendKeys(Documents.write("not-a-badge.json", "{\"type\": [\"Nothing\"]}").toString());
        browser.click("#import-form button[type='submit']");
        assertThat(browser.find("#import-report .error").getText()).contains("nothing was written").contains("not-a-badge.json");
        browser.script("document.getElementById('import-files').value = ''");
        browser.find("#import-files").sendKeys(Documents.write("webapp-badge.json", Documents.achievement()).toString());
        browser.click("#import-form button[type='submit']");
        browser.waitFor().until(d -> browser.find("#import-state").getText().contains("The import finished"));
        assertThat(browser.find("#import-counts").getText()).contains("Created");
        page("admin-imports", "/imports");
        browser.go("/catalog/hh-cert-data-analytics");
        assertThat(browser.find("#rule-tree").getText()).contains("Core modules").contains("Data management (2 of 3)");
        page("catalog-credential", "/catalog/hh-cert-data-analytics");
        browser.go("/catalog");
        assertThat(browser.mainText()).contains("credentials found");
        page("catalog-search", "/catalog");
    }

    @Test
    @Order(7)
    void aLearnerErasesTheirRecordAfterTypingTheirId() throws IOException {
        // a learner of the test's own: the seeded ones are shared by the whole suite
        api.loadCatalog("format: credpath-catalog/1\nlearners:\n  - id: learner-zz-erase\n    name: Zed Eraser\n");
        signIn("[data-learner='learner-zz-erase']", "/me/progress");
        browser.go("/me/credentials");
        assertThat(browser.mainText()).contains("No credentials are recorded yet");
        browser.find("#holding-files").sendKeys(Documents.write("elsewhere.json", Documents.badge("urn:example:not-in-catalog", "Elsewhere")).toString());
        browser.click("#holding-upload button[type='submit']");
        assertThat(browser.find("#holding-result .error").getText()).contains("Nothing was added").contains("not in the catalog");
        browser.script("document.getElementById('holding-files').value = ''");
        browser.find("#holding-files").sendKeys(Documents.write("sql.json", Documents.badge("hh-mc-sql-basics", "SQL Basics")).toString());
        browser.click("#holding-upload button[type='submit']");
        browser.waitFor().until(d -> browser.find("#holding-result").getText().contains("Added to your record"));
        assertThat(browser.find("#holdings").getText()).contains("not verified").contains("2025-06-13");
        // by hand: find the credential (catalog search with paging), choose it, give the date and a grade
        browser.click("#add-holding button[type='submit']");
        assertThat(browser.find("#add-holding-result .error").getText()).contains("choose a credential");
        browser.find("#add-holding-q").sendKeys("python");
        browser.click("#add-holding-search");
        browser.click("#add-holding-results input[value='hh-mc-python-programming']");
        browser.script("document.getElementById('add-holding-date').value = '2024-06-30'");
        browser.find("#add-holding-grade").sendKeys("B+");
        browser.click("#add-holding button[type='submit']");
        browser.waitFor().until(d -> browser.find("#add-holding-result").getText().contains("Added to your record"));
        assertThat(browser.find("#holdings").getText()).contains("Python").contains("2024-06-30").contains("B+");
        page("learner-upload", "/me/credentials");

        browser.go("/me/privacy");
        browser.find("#erase-confirm").sendKeys("learner-aino");
        browser.click("#erase-form button[type='submit']");
        assertThat(browser.find("#erase-form .error").getText()).contains("nothing was erased");
        assertThat(api.status("/api/learners/learner-zz-erase")).isEqualTo(200);

        var confirm = browser.find("#erase-confirm");
        confirm.clear();
        confirm.sendKeys("learner-zz-erase");
        browser.expectRender("/sign-in", () -> browser.click("#erase-form button[type='submit']"));
        assertThat(api.status("/api/learners/learner-zz-erase")).isEqualTo(404);
        assertThat(browser.all("[data-learner='learner-zz-erase']")).isEmpty();
    }

    private void signIn(String button, String home) {
        browser.go("/sign-in");
        if (!browser.all("#sign-out").isEmpty()) {
            browser.expectRender("/sign-in", () -> browser.click("#sign-out"));
        }
        browser.expectRender(home, () -> browser.click(button));
    }

    private void grant(String grantee, String role) {
        var field = browser.find("#grantee");
        field.clear();
        field.sendKeys(grantee);
        new org.openqa.selenium.support.ui.Select(browser.find("#grant-role")).selectByValue(role);
        browser.click("#grant-form button[type='submit']");
        browser.find("#consent-list [data-grantee='" + grantee + "']");
    }

    private long fetchStatus(String path, String method, boolean withCsrf) {
        return (Long) browser.asyncScript("""
                const [path, method, withCsrf, done] = arguments;
                (async () => {
                  const headers = {};
                  if (withCsrf) headers['X-CSRF-Token'] = (await (await fetch('/app/session')).json()).csrfToken;
                  const response = await fetch(path, {method, headers, credentials: 'same-origin'});
                  done(response.status);
                })();
                """, path, method, withCsrf);
    }

    private void page(String name, String route) throws IOException {
        Axe.check(browser, route);
        Screenshots.take(browser, name, route);
    }
}
