package app.attune.web.ui;

import app.attune.core.account.Role;

/** One sentence per role on the home page: what this person comes to Attune for. */
final class RoleIntroduction {
    private RoleIntroduction() {}

    static String of(Role role) {
        return switch (role) {
            case TRAINEE ->
                "Practise coaching conversations with clients who react the way real people do,"
                        + " then see what your questions did and try again.";
            case FACILITATOR ->
                "Enrol your cohorts, assign scenarios, and review how your trainees handled"
                        + " the moments that mattered.";
            case PROGRAM_LEAD ->
                "See how every cohort is progressing: completion, skills, and the scenarios"
                        + " that stretch people most.";
            case ADMIN -> "Manage people, roles, cohorts and the scenario catalogue.";
        };
    }
}
