package app.attune.core.account;

/**
 * An administrator action on people was refused: the actor is no administrator, the person does not
 * exist, or an administrator tried to demote or switch off themself. The message says which.
 */
public class PeopleRefused extends RuntimeException {
    public PeopleRefused(String message) {
        super(message);
    }
}
