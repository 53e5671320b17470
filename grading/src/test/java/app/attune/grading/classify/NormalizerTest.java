package app.attune.grading.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private final Normalizer normalizer = new Normalizer(Lexicons.get().replacements());

    private List<List<String>> words(String text) {
        return normalizer.analyse(text).sentences().stream()
                .map(s -> List.of(s.words()))
                .toList();
    }

    @Test
    void contractions_and_typos_are_expanded() {
        assertThat(words("dont worry, youre fine, noone would of noticed"))
                .containsExactly(
                        List.of("do", "not", "worry", "you", "are", "fine", "no", "one", "would", "have", "noticed"));
    }

    @Test
    void curly_apostrophes_count_as_apostrophes() {
        assertThat(words("It’s what’s happening")).containsExactly(List.of("it", "is", "what", "is", "happening"));
    }

    @Test
    void your_before_an_ing_word_is_you_are() {
        assertThat(words("your doing great")).containsExactly(List.of("you", "are", "doing", "great"));
    }

    @Test
    void sentences_split_on_end_marks_and_line_breaks_but_not_on_decimals() {
        Text t = normalizer.analyse("It went up 2.5 percent. Why?\nokay");
        assertThat(t.sentences()).hasSize(3);
        assertThat(t.sentences().get(1).questionMark()).isTrue();
        assertThat(t.sentences().get(0).words()).contains("2.5");
    }

    @Test
    void a_comma_starts_a_clause_and_so_does_the_word_after_a_filler() {
        Sentence s = normalizer.analyse("ok so, what happened").sentences().get(0);
        assertThat(s.clauseStart()).containsExactly(true, true, true, false);
    }
}
