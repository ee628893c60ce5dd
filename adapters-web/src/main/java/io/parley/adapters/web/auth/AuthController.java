package io.parley.adapters.web.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapters.web.auth.AuthMessages.LoginRequest;
import io.parley.adapters.web.auth.AuthMessages.RefreshRequest;
import io.parley.adapters.web.auth.AuthMessages.RegisterRequest;
import io.parley.adapters.web.auth.AuthMessages.SignedInResponse;
import io.parley.adapters.web.auth.AuthMessages.TokensResponse;
import io.parley.adapters.web.auth.AuthMessages.WsTicketResponse;
import io.parley.adapters.web.security.ClientAddress;
import io.parley.adapters.web.user.UserViewMapper;
import io.parley.application.account.IssueWsTicketUseCase;
import io.parley.application.account.LogInUseCase;
import io.parley.application.account.LogInUseCase.LogInCommand;
import io.parley.application.account.LogOutUseCase;
import io.parley.application.account.LogOutUseCase.LogOutCommand;
import io.parley.application.account.RefreshSessionUseCase;
import io.parley.application.account.RefreshSessionUseCase.RefreshCommand;
import io.parley.application.account.RegisterAccountUseCase;
import io.parley.application.account.RegisterAccountUseCase.RegisterCommand;
import io.parley.application.account.SessionTokens;
import io.parley.application.account.SignedIn;
import io.parley.application.account.WsTicket;
import io.parley.domain.user.UserId;

@Controller("/api/auth")
// Every endpoint reaches the database (and bcrypt): never on a Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuthController {

    private final RegisterAccountUseCase register;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final IssueWsTicketUseCase wsTickets;
    private final ClientAddress clientAddress;
    private final UserViewMapper views;

    AuthController(RegisterAccountUseCase register, LogInUseCase logIn, RefreshSessionUseCase refresh, LogOutUseCase logOut,
                   IssueWsTicketUseCase wsTickets, ClientAddress clientAddress, UserViewMapper views) {
        this.register = register;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.wsTickets = wsTickets;
        this.clientAddress = clientAddress;
        this.views = views;
    }

    @Post("/register")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.CREATED)
    SignedInResponse register(HttpRequest<?> request, @Body RegisterRequest body) {
        return signedIn(register.register(new RegisterCommand(body.name(), body.email(), body.password(), clientAddress.of(request))));
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    SignedInResponse login(HttpRequest<?> request, @Body LoginRequest body) {
        return signedIn(logIn.logIn(new LogInCommand(body.email(), body.password(), clientAddress.of(request))));
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    TokensResponse refresh(@Body RefreshRequest body) {
        SessionTokens tokens = refresh.refresh(new RefreshCommand(body.refreshToken()));
        return new TokensResponse(tokens.accessToken(), tokens.refreshToken());
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> logout(Authentication caller, @Body RefreshRequest body) {
        logOut.logOut(new LogOutCommand(new UserId(caller.getName()), body.refreshToken()));
        return HttpResponse.noContent();
    }

    @Post("/ws-ticket")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    WsTicketResponse wsTicket(Authentication caller) {
        WsTicket ticket = wsTickets.issue(new UserId(caller.getName()));
        return new WsTicketResponse(ticket.ticket(), ticket.expiresAt());
    }

    private SignedInResponse signedIn(SignedIn signedIn) {
        SessionTokens tokens = signedIn.tokens();
        return new SignedInResponse(tokens.accessToken(), tokens.refreshToken(), views.toView(signedIn.user()));
    }
}
