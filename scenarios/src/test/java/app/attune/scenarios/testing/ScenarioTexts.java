package app.attune.scenarios.testing;

import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.validate.Checked;
import app.attune.scenarios.validate.ScenarioValidator;
import app.attune.scenarios.validate.SourceText;

/** Named builders for scenario files in tests: a small valid file and ways to break it. */
public final class ScenarioTexts {

    /** A complete, small, valid scenario: two lines per list, a catch-all, every key used once. */
    public static final String MINIMAL = """
            id: avoidant-test-case
            version: 1
            title: A small test scenario
            setting: corporate
            difficulty: 2
            style: avoidant
            persona:
              name: Test Person
              role: Head of Testing
              bio: Exists only in tests.
            brief: Talk with the test person.
            goal: Reach the new option.
            story:
              surface: The tests are slow.
              feelings: Frustrated.
              pattern: Learned to carry it alone.
              option: Ask for help.
            opening:
              - say: "Opening one."
                cue: sits
              - say: "Opening two."
                cue: nods
            closing:
              warm:
                - say: "Warm close one."
                  cue: smiles
                - say: "Warm close two."
                  cue: stands
              curt:
                - say: "Curt close one."
                  cue: leaves
                - say: "Curt close two."
                  cue: frowns
            reveal:
              1:
                - say: "Reveal one a."
                  cue: sighs
                - say: "Reveal one b."
                  cue: sighs
              2:
                - say: "Reveal two a."
                  cue: looks down
                - say: "Reveal two b."
                  cue: looks down
              3:
                - say: "Reveal three a."
                  cue: quiet
                - say: "Reveal three b."
                  cue: quiet
              4:
                - say: "Reveal four a."
                  cue: sits up
                - say: "Reveal four b."
                  cue: sits up
            situations:
              - when: {after: push}
                lines:
                  - say: "Push reply one."
                    cue: arms folded
                  - say: "Push reply two."
                    cue: arms folded
                  - say: "Push reply three."
                    cue: arms folded
              - when: {layer: 0-1, band: guarded, after: emotive}
                lines:
                  - say: "Guarded emotive one."
                    cue: shrugs
                  - say: "Guarded emotive two."
                    cue: shrugs
              - when: {}
                lines:
                  - say: "Any one."
                    cue: waits
                  - say: "Any two."
                    cue: waits
                  - say: "Any three."
                    cue: waits
                  - say: "Any four."
                    cue: waits
            """;

    public static final String FILE = "avoidant-test-case.yaml";

    private ScenarioTexts() {}

    public static Checked check(String text) {
        return ScenarioValidator.check(new SourceText(FILE, text));
    }

    public static Scenario minimal() {
        return check(MINIMAL)
                .scenario()
                .orElseThrow(() -> new AssertionError(check(MINIMAL).problems()));
    }

    /** 1-based line of the first line containing the marker. */
    public static int lineOf(String text, String marker) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("marker not found: " + marker);
    }

    /** The text with the first occurrence of one string replaced (it must occur). */
    public static String replace(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0) {
            throw new AssertionError("not in the text: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
