package org.credpath.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuceneQueryTests {

    @Test
    void requiresEveryWordAsWholeWordOrPrefix() {
        assertThat(LuceneQuery.of("Data  Anal")).isEqualTo("(data OR data*) AND (anal OR anal*)");
    }

    @Test
    void escapesOperatorsSoInputCannotReshapeTheQuery() {
        assertThat(LuceneQuery.of("c++ AND (x:y")).isEqualTo("(c\\+\\+ OR c\\+\\+*) AND (and OR and*) AND (\\(x\\:y OR \\(x\\:y*)");
    }

    @Test
    void blankInputMeansNoQuery() {
        assertThat(LuceneQuery.of("  ")).isNull();
        assertThat(LuceneQuery.of(null)).isNull();
    }
}
