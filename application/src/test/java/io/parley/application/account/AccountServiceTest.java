package io.parley.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.account.ChangePasswordUseCase.ChangePasswordCommand;
import io.parley.application.account.LogInUseCase.LogInCommand;
import io.parley.application.account.LogOutUseCase.LogOutCommand;
import io.parley.application.account.RefreshSessionUseCase.RefreshCommand;
import io.parley.application.account.RegisterAccountUseCase.RegisterCommand;
import io.parley.application.fakes.DirectTransactionRunner;
import io.parley.application.fakes.InMemoryRefreshTokens;
import io.parley.application.fakes.InMemoryUsers;
import io.parley.application.fakes.ReadableTokenIssuer;
import io.parley.application.fakes.RecordingDisconnects;
import io.parley.application.fakes.ReversibleHasher;
import io.parley.application.fakes.TestClock;
import io.parley.domain.IdGenerator;
import io.parley.domain.Refusal.Reason;
import io.parley.domain.Refusal;
import io.parley.domain.session.Session;
import io.parley.domain.session.SessionId;
import io.parley.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AccountServiceTest {

    private final TestClock clock = new TestClock();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryRefreshTokens refreshTokens = new InMemoryRefreshTokens();
    private final AtomicInteger passwordChecks = new AtomicInteger();
    private final ReversibleHasher hasher = new ReversibleHasher() {
        @Override
        public boolean matches(String password, String hash) {
            passwordChecks.incrementAndGet();
            return super.matches(password, hash);
        }
    };
    private final AuthSettings settings = new AuthSettings(Duration.ofMinutes(15), Duration.ofDays(30), Duration.ofSeconds(60),
            5, Duration.ofMinutes(15), 20, Duration.ofMinutes(10));
    private final RecordingDisconnects sockets = new RecordingDisconnects();
    private final EndedSessions ended = new EndedSessions(refreshTokens, sockets, settings, clock);
    private final AccountService accounts = new AccountService(users, users, users, users, refreshTokens, hasher,
            new ReadableTokenIssuer(), ended, new DirectTransactionRunner(), settings, clock, new IdGenerator(clock, new Random(1)));

    private SignedIn register(String email) {
        return accounts.register(new RegisterCommand("Ann", email, "correct horse", "10.0.0.1"));
    }

    /** The sign-in an access token was issued for ({@link ReadableTokenIssuer} writes it out). */
    private static SessionId sessionOf(SessionTokens tokens) {
        return new SessionId(tokens.accessToken().split(":")[2]);
    }

    private static Reason refusalOf(Executable call) {
        return assertThrows(Refusal.class, call).reason();
    }

    @Test
    void registering_creates_the_account_and_signs_it_in() {
        SignedIn signedIn = register("Ann@Example.test");

        assertEquals("ann@example.test", signedIn.user().email().value());
        assertEquals(clock.instant().plus(Duration.ofMinutes(15)), signedIn.tokens().accessTokenExpiresAt());
        assertEquals(clock.instant().plus(Duration.ofDays(30)), signedIn.tokens().refreshTokenExpiresAt());
        assertTrue(users.byId(signedIn.user().id()).isPresent());
    }

    @Test
    void refresh_tokens_are_stored_only_as_hashes() {
        SignedIn signedIn = register("ann@example.test");

        assertTrue(refreshTokens.all().stream().noneMatch(t -> t.tokenHash().contains(signedIn.tokens().refreshToken())));
        assertEquals(Secrets.hashOf(signedIn.tokens().refreshToken()), refreshTokens.all().get(0).tokenHash());
    }

    @Test
    void an_email_can_have_only_one_account_whatever_its_case() {
        register("ann@example.test");

        assertEquals(Reason.EMAIL_TAKEN, refusalOf(() -> register("ANN@example.test")));
    }

    @Test
    void login_with_the_right_password_signs_in() {
        register("ann@example.test");

        SignedIn signedIn = accounts.logIn(new LogInCommand(" Ann@Example.test ", "correct horse", "10.0.0.1"));

        assertEquals("ann@example.test", signedIn.user().email().value());
    }

    @Test
    void wrong_password_and_unknown_email_get_the_same_answer_after_the_same_work() {
        register("ann@example.test");

        passwordChecks.set(0);
        Refusal wrongPassword = assertThrows(Refusal.class,
                () -> accounts.logIn(new LogInCommand("ann@example.test", "wrong password", "10.0.0.1")));
        Refusal unknownEmail = assertThrows(Refusal.class,
                () -> accounts.logIn(new LogInCommand("nobody@example.test", "wrong password", "10.0.0.1")));

        assertEquals(Reason.INVALID_CREDENTIALS, wrongPassword.reason());
        assertEquals(wrongPassword.reason(), unknownEmail.reason());
        assertEquals(wrongPassword.getMessage(), unknownEmail.getMessage());
        assertEquals(2, passwordChecks.get(), "an unknown email still costs one password check");
    }

    @Test
    void the_sixth_failed_login_for_an_email_is_refused_until_the_window_passes() {
        register("ann@example.test");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(10));
            assertEquals(Reason.INVALID_CREDENTIALS,
                    refusalOf(() -> accounts.logIn(new LogInCommand("ann@example.test", "wrong password", "10.0.0." + 9))));
        }

        Refusal sixth = assertThrows(Refusal.class,
                () -> accounts.logIn(new LogInCommand("ann@example.test", "correct horse", "10.0.0.2")));
        assertEquals(Reason.TOO_MANY_ATTEMPTS, sixth.reason());
        // The first failure was 40 s ago; it leaves the 15-minute window in 14 min 20 s.
        assertEquals(Duration.ofMinutes(14).plusSeconds(20), sixth.retryAfter().orElseThrow());

        clock.advance(Duration.ofMinutes(15));
        assertEquals("ann@example.test",
                accounts.logIn(new LogInCommand("ann@example.test", "correct horse", "10.0.0.2")).user().email().value());
    }

    @Test
    void a_successful_login_forgets_earlier_failures() {
        register("ann@example.test");
        for (int i = 0; i < 4; i++) {
            refusalOf(() -> accounts.logIn(new LogInCommand("ann@example.test", "wrong password", "10.0.0.1")));
        }
        accounts.logIn(new LogInCommand("ann@example.test", "correct horse", "10.0.0.1"));

        for (int i = 0; i < 4; i++) {
            assertEquals(Reason.INVALID_CREDENTIALS,
                    refusalOf(() -> accounts.logIn(new LogInCommand("ann@example.test", "wrong password", "10.0.0.1"))));
        }
    }

    @Test
    void one_address_may_register_only_so_often() {
        for (int i = 0; i < 20; i++) {
            accounts.register(new RegisterCommand("Ann", "ann" + i + "@example.test", "correct horse", "10.0.0.7"));
        }

        Refusal refused = assertThrows(Refusal.class,
                () -> accounts.register(new RegisterCommand("Ann", "ann-x@example.test", "correct horse", "10.0.0.7")));
        assertEquals(Reason.TOO_MANY_ATTEMPTS, refused.reason());
        assertTrue(refused.retryAfter().orElseThrow().compareTo(Duration.ZERO) > 0);
        accounts.register(new RegisterCommand("Bob", "bob@example.test", "correct horse", "10.0.0.8"));
    }

    @Test
    void a_refresh_token_is_exchanged_once_for_new_tokens() {
        SessionTokens first = register("ann@example.test").tokens();

        SessionTokens second = accounts.refresh(new RefreshCommand(first.refreshToken()));

        assertNotEquals(first.refreshToken(), second.refreshToken());
        assertEquals(Reason.UNAUTHORIZED, refusalOf(() -> accounts.refresh(new RefreshCommand("not-a-token"))));
    }

    @Test
    void a_reused_refresh_token_revokes_its_whole_family() {
        SessionTokens first = register("ann@example.test").tokens();
        SessionTokens second = accounts.refresh(new RefreshCommand(first.refreshToken()));

        assertEquals(Reason.UNAUTHORIZED, refusalOf(() -> accounts.refresh(new RefreshCommand(first.refreshToken()))));
        assertEquals(Reason.UNAUTHORIZED, refusalOf(() -> accounts.refresh(new RefreshCommand(second.refreshToken()))));
    }

    @Test
    void reuse_in_one_family_leaves_other_sign_ins_alone() {
        SessionTokens phone = register("ann@example.test").tokens();
        SessionTokens laptop = accounts.logIn(new LogInCommand("ann@example.test", "correct horse", "10.0.0.1")).tokens();
        accounts.refresh(new RefreshCommand(phone.refreshToken()));

        refusalOf(() -> accounts.refresh(new RefreshCommand(phone.refreshToken())));

        accounts.refresh(new RefreshCommand(laptop.refreshToken()));
    }

    @Test
    void an_expired_refresh_token_is_refused() {
        SessionTokens tokens = register("ann@example.test").tokens();
        clock.advance(Duration.ofDays(30));

        assertEquals(Reason.UNAUTHORIZED, refusalOf(() -> accounts.refresh(new RefreshCommand(tokens.refreshToken()))));
    }

    @Test
    void logging_out_ends_the_sign_in_its_access_tokens_and_its_sockets_at_once() {
        SignedIn signedIn = register("ann@example.test");
        SignedIn elsewhere = accounts.logIn(new LogInCommand("ann@example.test", "correct horse", "10.0.0.2"));
        SessionId session = sessionOf(signedIn.tokens());

        accounts.logOut(new LogOutCommand(signedIn.user().id(), signedIn.tokens().refreshToken()));

        assertEquals(Reason.UNAUTHORIZED, refusalOf(() -> accounts.refresh(new RefreshCommand(signedIn.tokens().refreshToken()))));
        assertTrue(ended.hasEnded(session));
        assertEquals(List.of(new Session(session, signedIn.user().id())), sockets.disconnected());
        assertFalse(ended.hasEnded(sessionOf(elsewhere.tokens())));
    }

    @Test
    void a_reused_refresh_token_ends_its_sign_in_at_once() {
        SignedIn signedIn = register("ann@example.test");
        accounts.refresh(new RefreshCommand(signedIn.tokens().refreshToken()));

        refusalOf(() -> accounts.refresh(new RefreshCommand(signedIn.tokens().refreshToken())));

        assertTrue(ended.hasEnded(sessionOf(signedIn.tokens())));
        assertEquals(List.of(new Session(sessionOf(signedIn.tokens()), signedIn.user().id())), sockets.disconnected());
    }

    @Test
    void an_ended_sign_in_is_remembered_while_its_access_tokens_can_live_and_then_forgotten() {
        SignedIn first = register("ann@example.test");
        SignedIn second = register("bob@example.test");
        accounts.logOut(new LogOutCommand(first.user().id(), first.tokens().refreshToken()));

        clock.advance(settings.accessTokenTtl().plusSeconds(1));
        accounts.logOut(new LogOutCommand(second.user().id(), second.tokens().refreshToken()));

        assertFalse(ended.hasEnded(sessionOf(first.tokens())));
        assertTrue(ended.hasEnded(sessionOf(second.tokens())));
    }

    @Test
    void a_restart_recalls_the_sign_ins_ended_within_an_access_token_lifetime() {
        SignedIn old = register("ann@example.test");
        accounts.logOut(new LogOutCommand(old.user().id(), old.tokens().refreshToken()));
        clock.advance(settings.accessTokenTtl().plusSeconds(1));
        SignedIn recent = register("bob@example.test");
        accounts.logOut(new LogOutCommand(recent.user().id(), recent.tokens().refreshToken()));
        SignedIn live = register("cy@example.test");

        EndedSessions afterRestart = new EndedSessions(refreshTokens, sockets, settings, clock);
        afterRestart.recallEnded();

        assertTrue(afterRestart.hasEnded(sessionOf(recent.tokens())));
        assertFalse(afterRestart.hasEnded(sessionOf(old.tokens())));
        assertFalse(afterRestart.hasEnded(sessionOf(live.tokens())));
    }

    @Test
    void changing_the_password_ends_every_other_sign_in_and_renews_the_callers() {
        SignedIn laptop = register("ann@example.test");
        SignedIn phone = accounts.logIn(new LogInCommand("ann@example.test", "correct horse", "10.0.0.2"));
        Session caller = new Session(sessionOf(laptop.tokens()), laptop.user().id());

        SessionTokens renewed = accounts.changePassword(new ChangePasswordCommand(caller, "correct horse", "battery staple"));

        assertEquals(caller.id(), sessionOf(renewed));
        assertFalse(ended.hasEnded(caller.id()));
        assertTrue(ended.hasEnded(sessionOf(phone.tokens())));
        assertEquals(List.of(new Session(sessionOf(phone.tokens()), laptop.user().id())), sockets.disconnected());
        assertEquals(Reason.UNAUTHORIZED, refusalOf(() -> accounts.refresh(new RefreshCommand(phone.tokens().refreshToken()))));
        accounts.refresh(new RefreshCommand(renewed.refreshToken()));
        assertEquals(Reason.INVALID_CREDENTIALS, refusalOf(() -> accounts.logIn(new LogInCommand("ann@example.test", "correct horse", "10.0.0.1"))));
        accounts.logIn(new LogInCommand("ann@example.test", "battery staple", "10.0.0.1"));
    }

    @Test
    void after_a_password_change_the_callers_earlier_refresh_token_counts_as_reused() {
        SignedIn laptop = register("ann@example.test");
        Session caller = new Session(sessionOf(laptop.tokens()), laptop.user().id());
        SessionTokens renewed = accounts.changePassword(new ChangePasswordCommand(caller, "correct horse", "battery staple"));

        assertEquals(Reason.UNAUTHORIZED, refusalOf(() -> accounts.refresh(new RefreshCommand(laptop.tokens().refreshToken()))));

        assertEquals(Reason.UNAUTHORIZED, refusalOf(() -> accounts.refresh(new RefreshCommand(renewed.refreshToken()))));
        assertTrue(ended.hasEnded(caller.id()));
    }

    @Test
    void a_wrong_current_password_changes_nothing_and_guessing_it_is_held_back_like_logins() {
        SignedIn laptop = register("ann@example.test");
        Session caller = new Session(sessionOf(laptop.tokens()), laptop.user().id());

        Refusal wrong = assertThrows(Refusal.class,
                () -> accounts.changePassword(new ChangePasswordCommand(caller, "wrong horse", "battery staple")));
        assertEquals(Reason.VALIDATION_FAILED, wrong.reason());
        assertEquals(Optional.of("current"), wrong.field());
        accounts.logIn(new LogInCommand("ann@example.test", "correct horse", "10.0.0.1"));
        for (int i = 0; i < settings.failedLoginsPerEmail(); i++) {
            refusalOf(() -> accounts.changePassword(new ChangePasswordCommand(caller, "wrong horse", "battery staple")));
        }

        assertEquals(Reason.TOO_MANY_ATTEMPTS,
                refusalOf(() -> accounts.changePassword(new ChangePasswordCommand(caller, "correct horse", "battery staple"))));
        assertTrue(sockets.disconnected().isEmpty());
    }

    @Test
    void a_new_password_meets_the_rules_of_a_first_one_and_is_named_as_new() {
        Session caller = new Session(new SessionId("s"), new UserId("ann"));

        Refusal tooShort = assertThrows(Refusal.class, () -> new ChangePasswordCommand(caller, "correct horse", "short"));
        assertEquals(Optional.of("new"), tooShort.field());
        assertEquals(Optional.of("current"), assertThrows(Refusal.class, () -> new ChangePasswordCommand(caller, "", "battery staple")).field());
    }

    @Test
    void nobody_can_log_out_someone_else() {
        SignedIn ann = register("ann@example.test");
        SignedIn bob = register("bob@example.test");

        accounts.logOut(new LogOutCommand(bob.user().id(), ann.tokens().refreshToken()));

        accounts.refresh(new RefreshCommand(ann.tokens().refreshToken()));
    }

    @Test
    void refreshing_or_logging_out_without_a_refresh_token_is_refused_before_anything_is_looked_up() {
        for (String missing : new String[] {null, "", "   "}) {
            assertEquals(Reason.VALIDATION_FAILED, refusalOf(() -> new RefreshCommand(missing)));
            assertEquals(Reason.VALIDATION_FAILED, refusalOf(() -> new LogOutCommand(new UserId("ann"), missing)));
        }
    }

    @Test
    void a_login_with_an_email_or_password_longer_than_any_account_can_have_is_refused_and_not_remembered() {
        String hugeEmail = "a".repeat(8 * 1024 * 1024) + "@example.test";
        register("ann@example.test");
        for (int i = 0; i < 25; i++) {
            assertEquals(Reason.VALIDATION_FAILED, refusalOf(() -> new LogInCommand(hugeEmail, "whatever1", "10.0.0.1")));
            assertEquals(Reason.VALIDATION_FAILED, refusalOf(() -> new LogInCommand("ann@example.test", "p".repeat(100_000), "10.0.0.1")));
        }

        // None of them reached the accounts, so none counted against the address's 20 attempts.
        assertEquals(0, passwordChecks.get());
        assertEquals("ann@example.test", accounts.logIn(new LogInCommand("ann@example.test", "correct horse", "10.0.0.1")).user().email().value());
    }
}
