package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.centinela.console.domain.FieldProblem;
import org.junit.jupiter.api.Test;

class RuleSentenceTest {

    private static final Map<String, String> WORDS = Map.of(
            "rule.quorum-unreachable", "{0} es más que las {1} personas que alcanza el nivel",
            "rule.blank", "no puede quedar vacío");

    @Test
    void aCodedRuleIsSaidInTheReadersWordsWithItsArgumentsAfterItsPath() {
        FieldProblem quorum = new FieldProblem("levels[1].quorum",
                "levels[1].quorum 3 is more than the 2 people the level reaches", "quorum-unreachable", List.of("3", "2"));

        FieldProblem said = RuleSentence.in(quorum, WORDS);

        assertThat(said.message()).isEqualTo("levels[1].quorum 3 es más que las 2 personas que alcanza el nivel");
        assertThat(said.rule()).isEqualTo("3 es más que las 2 personas que alcanza el nivel");
        assertThat(said.field()).isEqualTo("levels[1].quorum");
        assertThat(said.code()).isEqualTo("quorum-unreachable");
    }

    @Test
    void aMessageThatNamesADeeperPathThanItsFieldKeepsThatPath() {
        FieldProblem weight = new FieldProblem("weights", "weights.panic must not be blank", "blank", List.of());

        assertThat(RuleSentence.in(weight, WORDS).message()).isEqualTo("weights.panic no puede quedar vacío");
    }

    @Test
    void theServicesSentenceStaysWhenThereIsNoCodeNoWordsForItOrAnArgumentIsMissing() {
        FieldProblem uncoded = new FieldProblem("name", "name must not be blank");
        FieldProblem unknown = new FieldProblem("name", "name must rhyme", "must-rhyme", List.of());
        FieldProblem short1 = new FieldProblem("levels[0].quorum", "levels[0].quorum 3 is more than the people",
                "quorum-unreachable", List.of("3"));

        assertThat(RuleSentence.allIn(List.of(uncoded, unknown, short1), WORDS)).containsExactly(uncoded, unknown, short1);
    }

    @Test
    void anArgumentIsPutInAsItCameEvenWithCharactersARegexWouldRead() {
        FieldProblem problem = new FieldProblem("x", "x 3 is more than $1", "quorum-unreachable", List.of("$1", "\\2"));

        assertThat(RuleSentence.in(problem, WORDS).rule()).isEqualTo("$1 es más que las \\2 personas que alcanza el nivel");
    }
}
