package io.parley.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.domain.Refusal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserTest {

    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private static Refusal refusal(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(Refusal.class, call);
    }

    @Test
    void names_are_trimmed_and_counted_in_characters_not_bytes() {
        String sixtyFourEmoji = "😀".repeat(64);

        assertEquals("Ann", User.validName("  Ann "));
        assertEquals(sixtyFourEmoji, User.validName(sixtyFourEmoji));
        assertEquals("name", refusal(() -> User.validName("😀".repeat(65))).field().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "tab\tinside", "bell\u0007"})
    void empty_or_control_character_names_are_refused(String name) {
        assertEquals(Refusal.Reason.VALIDATION_FAILED, refusal(() -> User.validName(name)).reason());
    }

    @Test
    void a_missing_name_is_refused() {
        assertEquals("name", refusal(() -> User.validName(null)).field().orElseThrow());
    }

    @Test
    void a_bio_may_be_empty_or_have_lines_but_not_be_too_long() {
        User ann = User.register(new UserId("u1"), "Ann", new EmailAddress("ann@example.test"), now);

        assertEquals("", ann.bio());
        assertEquals("line one\nline two", ann.withProfile(null, "line one\nline two").bio());
        assertEquals("bio", refusal(() -> ann.withProfile(null, "x".repeat(501))).field().orElseThrow());
    }

    @Test
    void emails_are_normalised_and_checked() {
        assertEquals("ann@example.test", new EmailAddress("  Ann@Example.TEST ").value());
        assertEquals("email", refusal(() -> new EmailAddress("not-an-email")).field().orElseThrow());
        assertEquals("email", refusal(() -> new EmailAddress("a@b")).field().orElseThrow());
        assertEquals("email", refusal(() -> new EmailAddress("a b@example.test")).field().orElseThrow());
        assertEquals("email", refusal(() -> new EmailAddress(null)).field().orElseThrow());
        assertEquals("email", refusal(() -> new EmailAddress("a@" + "x".repeat(250) + ".test")).field().orElseThrow());
    }

    @Test
    void passwords_need_eight_characters_and_no_more_than_a_passphrase() {
        assertEquals("12345678", Password.requireAcceptable("12345678"));
        assertEquals("password", refusal(() -> Password.requireAcceptable("1234567")).field().orElseThrow());
        assertEquals("password", refusal(() -> Password.requireAcceptable(null)).field().orElseThrow());
        assertEquals("password", refusal(() -> Password.requireAcceptable("x".repeat(257))).field().orElseThrow());
    }
}
