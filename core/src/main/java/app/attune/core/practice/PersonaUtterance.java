package app.attune.core.practice;

/** A line the persona said and the small cue of manner that goes with it ("looks at the table"). */
public record PersonaUtterance(String text, String cue) {
    public PersonaUtterance {
        text = text == null ? "" : text;
        cue = cue == null ? "" : cue;
    }
}
