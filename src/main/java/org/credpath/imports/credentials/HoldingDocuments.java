package org.credpath.imports.credentials;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.credpath.catalog.ImportReport;
import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.imports.Archives;
import org.credpath.imports.ImportProgress;
import org.credpath.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A learner's own credential documents (Open Badges 3.0, CLR 2.0, ELM) as holdings of that learner: read as the
 * {@code credentials} import reads them, but every holding goes to the learner named (not to the document's subject),
 * is stored unverified, and must be of a credential the catalog holds: a learner's upload never adds to the catalog.
 */
@Component
class HoldingDocuments {

    private final CredentialsImporter importer;

    HoldingDocuments(CredentialsImporter importer) {
        this.importer = importer;
    }

    ImportReport add(String learner, Path source, String label) {
        if (importer.storedLearners(Set.of(learner)).isEmpty()) {
            throw new NotFoundException("learner", learner);
        }
        return Archives.asFolder(source, "credpath-holdings-", (folder, name) -> add(learner, folder, label, System.nanoTime()));
    }

    private ImportReport add(String learner, Path folder, String label, long start) {
        var warnings = new ArrayList<String>();
        var issued = CredentialsImporter.readAll(folder, label, ImportProgress.NONE, warnings);
        var known = importer.storedCredentials(issued.stream().map(i -> i.credential().id()).collect(Collectors.toSet()));
        var problems = new ArrayList<CatalogProblem>();
        var mine = new ArrayList<IssuedCredential>();
        for (var item : issued) {
            if (item.holder() == null) {
                problems.add(new CatalogProblem(item.file(), "describes the achievement '" + item.credential().title()
                        + "' but was not issued to anyone: upload the credential you received"));
            } else if (!known.contains(item.credential().id())) {
                problems.add(new CatalogProblem(item.file(), "is for '" + item.credential().title() + "' (" + item.credential().id()
                        + "), which is not in the catalog: ask your institution or an administrator to import it first"));
            } else {
                var holder = item.holder();
                mine.add(new IssuedCredential(item.file(), item.format(), item.credential(), item.provider(), item.outcomes(),
                        new IssuedCredential.Holder(learner, null, holder.date(), holder.grade()), item.declaredMicroCredential()));
            }
        }
        if (issued.isEmpty()) {
            problems.add(new CatalogProblem(label, "holds no credential"));
        }
        if (!problems.isEmpty()) {
            throw new CatalogRejectedException(label, problems);
        }
        return importer.load(List.copyOf(mine), label, warnings, start);
    }
}
