package org.credpath.webapp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Screenshots of a page at desktop width and at 375 px, into {@code target/screenshots}, or into the folder the
 * {@code screenshots} system property names ({@code -Dscreenshots=docs/screenshots} refreshes the README's).
 */
final class Screenshots {

    private static final Path FOLDER = Path.of(System.getProperty("screenshots", "target/screenshots"));

    private Screenshots() {
    }

    static void take(Browser browser, String name, String route) throws IOException {
        Files.createDirectories(FOLDER);
        shoot(browser, name + "-desktop.png");
        // responsive CSS needs no reload: the same page, what was opened on it still open
        browser.size(Browser.PHONE);
        Axe.check(browser, route + " at 375 px");
        shoot(browser, name + "-375.png");
        browser.size(Browser.DESKTOP);
    }

    private static void shoot(Browser browser, String file) throws IOException {
        var png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
        Files.write(FOLDER.resolve(file), png);
    }
}
