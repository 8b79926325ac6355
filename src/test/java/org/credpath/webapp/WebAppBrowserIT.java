package org.credpath.webapp;

import org.credpath.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web app's journeys ({@link WebAppJourneys}) on the suite's shared service and database. */
@IntegrationTest
class WebAppBrowserIT extends WebAppJourneys {

    @LocalServerPort
    int port;

    @Override
    String base() {
        return "http://localhost:" + port;
    }
}
