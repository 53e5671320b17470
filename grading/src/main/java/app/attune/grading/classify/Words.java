package app.attune.grading.classify;

import java.util.Set;

/** Closed word classes of English grammar that the readers test directly. */
final class Words {

    private Words() {}

    static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "yourselves");
    static final Set<String> FIRST_OR_SECOND =
            Set.of("i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "we", "us", "our");
    static final Set<String> PRONOUN_SUBJECTS = Set.of("you", "i", "he", "she", "it", "we", "they");
    static final Set<String> FEEL = Set.of("feel", "feels", "felt", "feeling", "feelings");

    static boolean hasAny(Sentence s, Set<String> set) {
        for (String w : s.words()) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
