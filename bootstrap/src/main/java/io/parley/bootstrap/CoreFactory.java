package io.parley.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.parley.application.port.out.LoadCredentialsPort;
import io.parley.application.port.out.LoadUserPort;
import io.parley.application.port.out.PasswordHasher;
import io.parley.application.port.out.RefreshTokenStore;
import io.parley.application.port.out.SaveUserPort;
import io.parley.application.port.out.TokenIssuer;
import io.parley.application.port.out.TransactionRunner;
import io.parley.application.port.out.WsTicketStore;
import io.parley.application.service.AccountService;
import io.parley.application.service.UserDirectoryService;
import io.parley.application.service.WsTicketService;
import io.parley.application.settings.AuthSettings;
import io.parley.domain.IdGenerator;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/** The core, built by hand from its ports: the application module knows nothing of Micronaut. */
@Factory
final class CoreFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    IdGenerator ids(Clock clock) {
        return new IdGenerator(clock, new SecureRandom());
    }

    @Singleton
    AuthSettings authSettings(AuthProperties properties) {
        return properties.toSettings();
    }

    @Singleton
    AccountService accounts(LoadUserPort users, LoadCredentialsPort credentials, SaveUserPort saveUser,
                            RefreshTokenStore refreshTokens, PasswordHasher hasher, TokenIssuer tokens,
                            TransactionRunner tx, AuthSettings settings, Clock clock, IdGenerator ids) {
        return new AccountService(users, credentials, saveUser, refreshTokens, hasher, tokens, tx, settings, clock, ids);
    }

    @Singleton
    WsTicketService wsTickets(WsTicketStore tickets, TransactionRunner tx, AuthSettings settings, Clock clock) {
        return new WsTicketService(tickets, tx, settings, clock);
    }

    @Singleton
    UserDirectoryService directory(LoadUserPort users, SaveUserPort saveUser, TransactionRunner tx) {
        return new UserDirectoryService(users, saveUser, tx);
    }
}
