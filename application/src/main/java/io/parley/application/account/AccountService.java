package io.parley.application.account;

import io.parley.application.account.port.HashPasswordPort;
import io.parley.application.account.port.IssueAccessTokenPort;
import io.parley.application.account.port.LoadCredentialsPort.Credentials;
import io.parley.application.account.port.LoadCredentialsPort;
import io.parley.application.account.port.SaveCredentialsPort;
import io.parley.application.account.port.StoreRefreshTokenPort;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.application.directory.port.LoadUserPort;
import io.parley.application.directory.port.SaveUserPort;
import io.parley.domain.IdGenerator;
import io.parley.domain.Refusal;
import io.parley.domain.limit.SlidingWindowLimit;
import io.parley.domain.session.RefreshToken;
import io.parley.domain.session.Session;
import io.parley.domain.session.SessionId;
import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Accounts and sign-ins: registration, login with brute-force protection, token refresh, logout and password changes. */
public final class AccountService implements RegisterAccountUseCase, LogInUseCase, RefreshSessionUseCase, LogOutUseCase,
        ChangePasswordUseCase {

    private final LoadUserPort users;
    private final LoadCredentialsPort credentials;
    private final SaveCredentialsPort saveCredentials;
    private final SaveUserPort saveUser;
    private final StoreRefreshTokenPort refreshTokens;
    private final HashPasswordPort hasher;
    private final IssueAccessTokenPort tokenIssuer;
    private final EndedSessions endedSessions;
    private final RunInTransactionPort tx;
    private final AuthSettings settings;
    private final Clock clock;
    private final IdGenerator ids;
    private final SlidingWindowLimit failuresPerEmail;
    private final SlidingWindowLimit attemptsPerAddress;
    // Checked against when the email is unknown, so that answer costs as much as a wrong password.
    private final String decoyHash;

    public AccountService(LoadUserPort users, LoadCredentialsPort credentials, SaveCredentialsPort saveCredentials, SaveUserPort saveUser,
                          StoreRefreshTokenPort refreshTokens, HashPasswordPort hasher, IssueAccessTokenPort tokenIssuer,
                          EndedSessions endedSessions, RunInTransactionPort tx, AuthSettings settings, Clock clock, IdGenerator ids) {
        this.users = users;
        this.credentials = credentials;
        this.saveCredentials = saveCredentials;
        this.saveUser = saveUser;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.tokenIssuer = tokenIssuer;
        this.endedSessions = endedSessions;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
        this.failuresPerEmail = new SlidingWindowLimit(settings.failedLoginsPerEmail(), settings.emailWindow());
        this.attemptsPerAddress = new SlidingWindowLimit(settings.attemptsPerAddress(), settings.addressWindow());
        this.decoyHash = hasher.hash(Secrets.newSecret());
    }

    @Override
    public SignedIn register(RegisterCommand command) {
        Instant now = clock.instant();
        refuseIfWaiting(attemptsPerAddress.tryAcquire(addressKey(command.clientAddress()), now));
        User user = User.register(new UserId(ids.next()), command.name(), command.email(), now);
        String hash = hasher.hash(command.password());
        SessionTokens tokens = tx.inTransaction(() -> {
            if (!saveUser.create(user, hash)) {
                throw Refusal.of(Refusal.Reason.EMAIL_TAKEN, "An account with this email already exists");
            }
            return startSession(user.id(), ids.next(), now);
        });
        return new SignedIn(user, tokens);
    }

    @Override
    public SignedIn logIn(LogInCommand command) {
        Instant now = clock.instant();
        String emailKey = command.email().strip().toLowerCase(Locale.ROOT);
        String addressKey = addressKey(command.clientAddress());
        refuseIfWaiting(failuresPerEmail.waitTime(emailKey, now));
        refuseIfWaiting(attemptsPerAddress.waitTime(addressKey, now));

        Optional<Credentials> found = EmailAddress.looksLikeOne(emailKey)
                ? credentials.credentialsFor(new EmailAddress(emailKey))
                : Optional.empty();
        boolean matches = hasher.matches(command.password(), found.map(Credentials::passwordHash).orElse(decoyHash));
        if (found.isEmpty() || !matches) {
            failuresPerEmail.record(emailKey, now);
            attemptsPerAddress.record(addressKey, now);
            throw invalidCredentials();
        }
        failuresPerEmail.clear(emailKey);
        User user = users.byId(found.get().userId()).orElseThrow(AccountService::invalidCredentials);
        SessionTokens tokens = tx.inTransaction(() -> startSession(user.id(), ids.next(), now));
        return new SignedIn(user, tokens);
    }

    @Override
    public SessionTokens refresh(RefreshCommand command) {
        String presented = command.refreshToken();
        Instant now = clock.instant();
        // The reuse case must commit its revocation, so the transaction returns a verdict instead of throwing.
        Renewal renewal = tx.inTransaction(() -> {
            Optional<RefreshToken> found = refreshTokens.lockByHash(Secrets.hashOf(presented));
            if (found.isEmpty()) {
                return Renewal.REFUSED;
            }
            RefreshToken token = found.get();
            switch (token.presentedAt(now)) {
                case VALID -> {
                    refreshTokens.markUsed(token.id(), now);
                    return new Renewal(Optional.of(startSession(token.userId(), token.familyId(), now)), Optional.empty());
                }
                case REUSED -> {
                    refreshTokens.revokeFamily(token.familyId(), now);
                    return new Renewal(Optional.empty(), Optional.of(token));
                }
                default -> {
                    return Renewal.REFUSED;
                }
            }
        });
        renewal.reused().ifPresent(token -> endedSessions.end(token.userId(), List.of(token.familyId())));
        return renewal.tokens().orElseThrow(() -> Refusal.of(Refusal.Reason.UNAUTHORIZED, "The refresh token is not valid"));
    }

    /** What a refresh came to: new tokens, or a reused token whose family was revoked, or neither. */
    private record Renewal(Optional<SessionTokens> tokens, Optional<RefreshToken> reused) {

        static final Renewal REFUSED = new Renewal(Optional.empty(), Optional.empty());
    }

    @Override
    public void logOut(LogOutCommand command) {
        Instant now = clock.instant();
        Optional<RefreshToken> ended = tx.inTransaction(() -> {
            Optional<RefreshToken> token = refreshTokens.lockByHash(Secrets.hashOf(command.refreshToken()))
                    .filter(found -> found.userId().equals(command.caller()));
            token.ifPresent(found -> refreshTokens.revokeFamily(found.familyId(), now));
            return token;
        });
        ended.ifPresent(token -> endedSessions.end(token.userId(), List.of(token.familyId())));
    }

    @Override
    public SessionTokens changePassword(ChangePasswordCommand command) {
        Instant now = clock.instant();
        Session caller = command.caller();
        User user = users.byId(caller.user()).orElseThrow(() -> Refusal.of(Refusal.Reason.UNAUTHORIZED, "This account does not exist"));
        // Guessing the current password with a stolen access token is held back exactly like guessing it at login.
        String emailKey = user.email().value();
        refuseIfWaiting(failuresPerEmail.waitTime(emailKey, now));
        String currentHash = credentials.credentialsFor(user.email()).map(Credentials::passwordHash).orElse(decoyHash);
        if (!hasher.matches(command.current(), currentHash)) {
            failuresPerEmail.record(emailKey, now);
            throw Refusal.invalid("current", "The current password is not right");
        }
        failuresPerEmail.clear(emailKey);
        String newHash = hasher.hash(command.next());
        String family = caller.id().value();
        record Changed(SessionTokens tokens, Set<String> ended) {
        }
        Changed changed = tx.inTransaction(() -> {
            saveCredentials.changePasswordHash(user.id(), newHash);
            Set<String> others = refreshTokens.revokeFamiliesOf(user.id(), family, now);
            refreshTokens.useUpFamily(family, now);
            return new Changed(startSession(user.id(), family, now), others);
        });
        endedSessions.end(user.id(), changed.ended());
        return changed.tokens();
    }

    private SessionTokens startSession(UserId user, String familyId, Instant now) {
        String refresh = Secrets.newSecret();
        RefreshToken token = RefreshToken.issue(ids.next(), familyId, user, Secrets.hashOf(refresh), now, settings.refreshTokenTtl());
        refreshTokens.save(token);
        Instant accessExpiresAt = now.plus(settings.accessTokenTtl());
        String access = tokenIssuer.accessToken(new Session(new SessionId(familyId), user), now, accessExpiresAt);
        return new SessionTokens(access, accessExpiresAt, refresh, token.expiresAt());
    }

    private static void refuseIfWaiting(Optional<Duration> wait) {
        wait.ifPresent(w -> {
            throw Refusal.tooManyAttempts(w);
        });
    }

    private static String addressKey(String clientAddress) {
        return clientAddress == null ? "unknown" : clientAddress;
    }

    private static Refusal invalidCredentials() {
        return Refusal.of(Refusal.Reason.INVALID_CREDENTIALS, "Email or password is wrong");
    }
}
