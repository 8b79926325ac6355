package org.credpath.recommend;

import org.credpath.catalog.snapshot.CatalogChange;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CatalogView;
import org.credpath.recommend.engine.Recommender;
import org.credpath.recommend.engine.SkillIndex;

/**
 * The recommendations' view of the catalog, built beside each snapshot. When only credentials changed, the new skill
 * index takes over the skill data of the previous one (not read again) and what it worked out for every unchanged
 * credential, working out only the changed ones ({@link SkillIndex#updated}); when skills, occupations or providers changed, it is built anew.
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
        return new Recommender(SkillIndex.updated(next, previous.index(), change.credentials()));
    }
}
