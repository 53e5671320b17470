package app.attune.web.security;

/** Role names for {@code @RolesAllowed}; they are the names of {@link app.attune.core.account.Role}. */
public final class Roles {
    public static final String TRAINEE = "TRAINEE";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String PROGRAM_LEAD = "PROGRAM_LEAD";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
