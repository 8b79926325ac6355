package org.credpath.webapp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's own headless Chromium driven through its own chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code CHROMIUM} and {@code CHROMEDRIVER} name others). Selenium is told both paths, so it
 * never downloads a browser or a driver. A fresh profile per browser, deleted on close.
 */
final class Browser implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1280, 1000);
    static final Dimension PHONE = new Dimension(375, 812);

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** The browser and driver to use, when both are installed. */
    static Optional<Path[]> installed() {
        var browser = find(System.getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        var driver = find(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        return browser.isPresent() && driver.isPresent() ? Optional.of(new Path[] {browser.get(), driver.get()}) : Optional.empty();
    }

    private static Optional<Path> find(String... candidates) {
        return Stream.of(candidates).filter(c -> c != null && !c.isBlank()).map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static Browser open(Path[] installed, String base) throws IOException {
        var profile = Files.createTempDirectory("credpath-chromium-");
        var options = new ChromeOptions().setBinary(installed[0].toFile());
        options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1000"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(installed[1].toFile()).usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile, base);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page of the app ({@code #/...}) and waits until the shell has rendered it. */
    void go(String route) {
        driver.get(base + "/#" + route);
        ready(route);
    }

    /**
     * Waits until main.js has finished rendering {@code route}. The page may still be another one (a sign-in redirect on
     * its way back): no {@code #main} there is "not yet", not an error.
     */
    void ready(String route) {
        waitFor().withMessage(() -> "the page " + route + " to render; at " + driver.getCurrentUrl() + " the shell rendered "
                        + driver.executeScript(RENDERED) + ": " + mainText())
                .until(d -> route.equals(((JavascriptExecutor) d).executeScript(RENDERED)));
    }

    /** The route the shell last rendered, or null while the page has no {@code #main} (not the app, or still loading). */
    private static final String RENDERED = "var main = document.getElementById('main'); return main ? main.dataset.ready : null";

    /** Runs an action that makes the shell render {@code route} (again) and waits until it has. */
    void expectRender(String route, Runnable action) {
        driver.executeScript("document.getElementById('main').dataset.ready = ''");
        action.run();
        ready(route);
    }

    /** Reloads the current page from the server, as a person pressing reload would. */
    void reload(String route) {
        driver.executeScript("document.getElementById('main').dataset.ready = ''");
        driver.navigate().refresh();
        ready(route);
    }

    WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void click(String css) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    String mainText() {
        var main = driver.findElements(By.id("main"));
        return main.isEmpty() ? "(no #main on this page)" : main.get(0).getText();
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    Object asyncScript(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void size(Dimension size) {
        driver.manage().window().setSize(size);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
