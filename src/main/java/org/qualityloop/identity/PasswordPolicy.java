package org.qualityloop.identity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.qualityloop.forms.FieldErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (等保 2.0 level 3; configurable, bureaus differ): long enough, of enough kinds of
 * character, not the username, none of the last few; and how long a staff member's password lasts.
 */
@Component
public class PasswordPolicy {

    private final int minLength;
    private final int minClasses;
    private final int history;
    private final Duration staffExpiry;
    private final PasswordEncoder encoder;

    PasswordPolicy(@Value("${qualityloop.security.password.min-length:12}") int minLength,
                   @Value("${qualityloop.security.password.min-classes:3}") int minClasses,
                   @Value("${qualityloop.security.password.history:5}") int history,
                   @Value("${qualityloop.security.password.staff-expiry:P90D}") Duration staffExpiry,
                   PasswordEncoder encoder) {
        this.minLength = minLength;
        this.minClasses = minClasses;
        this.history = history;
        this.staffExpiry = staffExpiry;
        this.encoder = encoder;
    }

    /** Rejects on {@code field} what the password breaks; {@code recent} are the hashes of the last ones. */
    void check(String field, String username, String password, List<String> recent, FieldErrors errors) {
        if (password.length() < minLength) {
            errors.reject(field, "password.tooShort", minLength);
        } else if (classes(password) < minClasses) {
            errors.reject(field, "password.tooSimple", minClasses);
        } else if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.reject(field, "password.containsUsername");
        } else if (recent.stream().limit(history).anyMatch(hash -> encoder.matches(password, hash))) {
            errors.reject(field, "password.reused", history);
        }
    }

    int history() {
        return history;
    }

    /** Staff passwords age; enterprises' and institutions' do not (they sign in rarely, answering a case). */
    boolean ages(Role role) {
        return role != Role.ENTERPRISE && role != Role.INSTITUTION;
    }

    Duration staffExpiry() {
        return staffExpiry;
    }

    /** Lower case, upper case, digits, and everything else. */
    private static int classes(String password) {
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
