package io.parley.application.account;

import io.parley.application.account.port.HashPasswordPort;
import io.parley.application.account.port.IssueAccessTokenPort;
import io.parley.application.account.port.LoadCredentialsPort;
import io.parley.application.account.port.LoadCredentialsPort.Credentials;
import io.parley.application.account.port.StoreRefreshTokenPort;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.application.directory.port.LoadUserPort;
import io.parley.application.directory.port.SaveUserPort;
import io.parley.domain.IdGenerator;
import io.parley.domain.Refusal;
import io.parley.domain.limit.SlidingWindowLimit;
import io.parley.domain.session.RefreshToken;
import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Accounts and sign-ins: registration, login with brute-force protection, token refresh and logout. */
public final class AccountService implements RegisterAccountUseCase, LogInUseCase, RefreshSessionUseCase, LogOutUseCase {

    private final LoadUserPort users;
    private final LoadCredentialsPort credentials;
    private final SaveUserPort saveUser;
    private final StoreRefreshTokenPort refreshTokens;
    private final HashPasswordPort hasher;
    private final IssueAccessTokenPort tokenIssuer;
    private final RunInTransactionPort tx;
    private final AuthSettings settings;
    private final Clock clock;
    private final IdGenerator ids;
    private final SlidingWindowLimit failuresPerEmail;
    private final SlidingWindowLimit attemptsPerAddress;
    // Checked against when the email is unknown, so that answer costs as much as a wrong password.
    private final String decoyHash;

    public AccountService(LoadUserPort users, LoadCredentialsPort credentials, SaveUserPort saveUser,
                          StoreRefreshTokenPort refreshTokens, HashPasswordPort hasher, IssueAccessTokenPort tokenIssuer,
                          RunInTransactionPort tx, AuthSettings settings, Clock clock, IdGenerator ids) {
        this.users = users;
        this.credentials = credentials;
        this.saveUser = saveUser;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.tokenIssuer = tokenIssuer;
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
        Optional<SessionTokens> renewed = tx.inTransaction(() -> {
            Optional<RefreshToken> found = refreshTokens.lockByHash(Secrets.hashOf(presented));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            RefreshToken token = found.get();
            switch (token.presentedAt(now)) {
                case VALID -> {
                    refreshTokens.markUsed(token.id(), now);
                    return Optional.of(startSession(token.userId(), token.familyId(), now));
                }
                case REUSED -> refreshTokens.revokeFamily(token.familyId(), now);
                default -> { }
            }
            return Optional.empty();
        });
        return renewed.orElseThrow(() -> Refusal.of(Refusal.Reason.UNAUTHORIZED, "The refresh token is not valid"));
    }

    @Override
    public void logOut(LogOutCommand command) {
        Instant now = clock.instant();
        tx.inTransaction(() -> {
            refreshTokens.lockByHash(Secrets.hashOf(command.refreshToken()))
                    .filter(token -> token.userId().equals(command.caller()))
                    .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), now));
            return null;
        });
    }

    private SessionTokens startSession(UserId user, String familyId, Instant now) {
        String refresh = Secrets.newSecret();
        RefreshToken token = RefreshToken.issue(ids.next(), familyId, user, Secrets.hashOf(refresh), now, settings.refreshTokenTtl());
        refreshTokens.save(token);
        Instant accessExpiresAt = now.plus(settings.accessTokenTtl());
        return new SessionTokens(tokenIssuer.accessToken(user, now, accessExpiresAt), accessExpiresAt, refresh, token.expiresAt());
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
