package app.attune.core.account;

import java.time.Duration;

/** What a sign-in attempt came to. Rejections never say whether the user name exists. */
public sealed interface SignInResult {

    record SignedIn(Account account) implements SignInResult {}

    record Rejected() implements SignInResult {}

    /** Too many recent failures for this user name: no password was checked. */
    record Throttled(Duration retryAfter) implements SignInResult {}
}
