package app.attune.core.account;

import java.security.SecureRandom;

/**
 * One-time passwords for accounts someone else sets up (imported trainees, people an administrator
 * adds or whose password they reset): random, and free of look-alike characters. The account is
 * saved with the must-change flag, so the person chooses their own at the next sign-in.
 */
public final class TemporaryPasswords {
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    public static String next() {
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
