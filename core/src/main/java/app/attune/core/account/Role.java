package app.attune.core.account;

/** What a person does in Attune; decides which views and data they may see. */
public enum Role {
    TRAINEE("Trainee"),
    FACILITATOR("Facilitator"),
    PROGRAM_LEAD("Program lead"),
    ADMIN("Administrator");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
