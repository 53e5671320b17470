package app.attune.grading;

/** The seven session-level skills of the report; {@link #id()} is the public name. */
public enum Skill {
    EMOTIVE_INQUIRY("emotive-inquiry", "Emotive inquiry"),
    OPEN_INQUIRY("open-inquiry", "Open inquiry"),
    REFLECTIVE_LISTENING("reflective-listening", "Reflective listening"),
    EXPLORING_RESISTANCE("exploring-resistance", "Exploring resistance"),
    RESTRAINT("restraint", "Restraint"),
    REPAIR("repair", "Repair"),
    DEPTH("depth", "Depth reached");

    private final String id;
    private final String title;

    Skill(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Skill fromId(String id) {
        for (Skill s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown skill: " + id);
    }
}
