package org.credpath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CredpathApplication {

    public static void main(String[] args) {
        SpringApplication.run(CredpathApplication.class, args);
    }
}
