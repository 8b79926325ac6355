package org.credpath.skills.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTests {

    @Test
    void splitsSentencesListItemsAndLinesKeepingOffsets() {
        var text = "We hire. You will:\n- write SQL\n• build dashboards. Then more";
        var pieces = Sentences.split(text);
        assertThat(pieces).extracting(Sentences.Piece::text)
                .containsExactly("We hire.", "You will:", "- write SQL", "build dashboards.", "Then more");
        pieces.forEach(p -> assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()));
    }

    @Test
    void cutsOverlongPiecesAtClauses() {
        var clause = "analyse data with statistical methods and present the findings to the managers of the company";
        var text = String.join(", ", clause, clause, clause);
        var pieces = Sentences.split(text);
        assertThat(pieces).hasSizeGreaterThan(1);
        pieces.forEach(p -> assertThat(Sentences.words(p.text())).isLessThanOrEqualTo(Sentences.MAX_WORDS));
    }

    @Test
    void termsAreStemmedWithOffsetsAndKeepTechnicalNames() {
        var terms = Terms.of("Managing C++ and C# projects on .NET");
        assertThat(terms).extracting(Terms.Term::stem).containsExactly("manag", "cplusplus", "csharp", "project", "dotnet");
        assertThat(terms.get(1).start()).isEqualTo(9);
        assertThat(terms.get(1).end()).isEqualTo(12);
    }
}
