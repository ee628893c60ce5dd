package io.parley.domain.user;

import io.parley.domain.Refusal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An account's email address, kept lower-case so that one mailbox is one account whatever
 * case a person types it in.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    // Deliberately plain: one @, no spaces, a dot in the domain. Deliverability is not ours to judge.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid("email", "email is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw Refusal.invalid("email", "email is not a valid address");
        }
    }

    /** Whether {@code text} looks like an address, so a search can ask for an exact match. */
    public static boolean looksLikeOne(String text) {
        return text != null && SHAPE.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
