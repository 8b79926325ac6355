package org.credpath.recommend;

import org.credpath.catalog.snapshot.CatalogChange;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CatalogView;
import org.credpath.recommend.engine.Recommender;
import org.credpath.recommend.engine.SkillIndex;

/**
 * The recommendations' view of the catalog, built beside each snapshot. When only credentials changed, the new skill
 * index reuses the skills, hierarchy, occupations and providers of the previous one instead of reading them again
 * (most of a rebuild's time at the full ESCO); when reference data changed, they are read anew.
 */
final class RecommenderView implements CatalogView<Recommender> {

    private final SkillIndexLoader loader;

    RecommenderView(SkillIndexLoader loader) {
        this.loader = loader;
    }

    @Override
    public Recommender build(CatalogSnapshot snapshot) {
        return new Recommender(loader.load(snapshot));
    }

    @Override
    public Recommender update(Recommender previous, CatalogSnapshot next, CatalogChange change) {
        if (change.reference()) {
            return build(next);
        }
        var index = previous.index();
        return new Recommender(new SkillIndex(next, index.data(), index.hierarchy()));
    }
}
