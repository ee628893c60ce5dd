package io.parley.adapters.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
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
import io.parley.adapters.web.security.SignIns;
import io.parley.adapters.web.user.UserView;
import io.parley.adapters.web.user.UserViewMapper;
import io.parley.application.account.IssueWsTicketUseCase;
import io.parley.application.account.LogInUseCase.LogInCommand;
import io.parley.application.account.LogInUseCase;
import io.parley.application.account.LogOutUseCase.LogOutCommand;
import io.parley.application.account.LogOutUseCase;
import io.parley.application.account.RefreshSessionUseCase.RefreshCommand;
import io.parley.application.account.RefreshSessionUseCase;
import io.parley.application.account.RegisterAccountUseCase.RegisterCommand;
import io.parley.application.account.RegisterAccountUseCase;
import io.parley.application.account.SessionTokens;
import io.parley.application.account.SignedIn;
import io.parley.application.account.WsTicket;
import io.parley.domain.Refusal;
import io.parley.domain.user.UserId;
import java.util.Optional;

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
    HttpResponse<SignedInResponse> register(HttpRequest<?> request, @Body RegisterRequest body) {
        SignedIn signedIn = register.register(new RegisterCommand(body.name(), body.email(), body.password(), clientAddress.of(request)));
        return signedIn(request, HttpResponse.status(HttpStatus.CREATED), signedIn);
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<SignedInResponse> login(HttpRequest<?> request, @Body LoginRequest body) {
        return signedIn(request, HttpResponse.ok(), logIn.logIn(new LogInCommand(body.email(), body.password(), clientAddress.of(request))));
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<TokensResponse> refresh(HttpRequest<?> request, @Nullable @Body RefreshRequest body) {
        if (!RefreshCookie.requested(request)) {
            return tokens(request, refresh.refresh(new RefreshCommand(tokenIn(body))));
        }
        String presented = tokenOfCookieClient(request, body)
                .orElseThrow(() -> Refusal.of(Refusal.Reason.UNAUTHORIZED, "There is no refresh cookie"));
        return tokens(request, refresh.refresh(new RefreshCommand(presented)));
    }

    /** New tokens, the refresh token in the cookie or in the body as the client asked. */
    static HttpResponse<TokensResponse> tokens(HttpRequest<?> request, SessionTokens tokens) {
        if (!RefreshCookie.requested(request)) {
            return HttpResponse.ok(new TokensResponse(tokens.accessToken(), tokens.refreshToken()));
        }
        return HttpResponse.ok(new TokensResponse(tokens.accessToken(), null))
                .cookie(RefreshCookie.holding(request, tokens.refreshToken(), tokens.refreshTokenExpiresAt()));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> logout(HttpRequest<?> request, Authentication caller, @Nullable @Body RefreshRequest body) {
        UserId user = new UserId(caller.getName());
        if (!RefreshCookie.requested(request)) {
            logOut.logOut(new LogOutCommand(user, tokenIn(body)));
            return HttpResponse.noContent();
        }
        // Without a cookie there is no sign-in left to end here; the cookie is cleared all the same.
        tokenOfCookieClient(request, body).ifPresent(token -> logOut.logOut(new LogOutCommand(user, token)));
        return HttpResponse.<Void>noContent().cookie(RefreshCookie.cleared(request));
    }

    @Post("/ws-ticket")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    WsTicketResponse wsTicket(Authentication caller) {
        WsTicket ticket = wsTickets.issue(SignIns.of(caller));
        return new WsTicketResponse(ticket.ticket(), ticket.expiresAt());
    }

    /** Hands the refresh token over in the cookie or in the body, as the client asked. */
    private HttpResponse<SignedInResponse> signedIn(HttpRequest<?> request, MutableHttpResponse<?> response, SignedIn signedIn) {
        SessionTokens tokens = signedIn.tokens();
        UserView user = views.toView(signedIn.user());
        if (RefreshCookie.requested(request)) {
            return response.body(new SignedInResponse(tokens.accessToken(), null, user))
                    .cookie(RefreshCookie.holding(request, tokens.refreshToken(), tokens.refreshTokenExpiresAt()));
        }
        return response.body(new SignedInResponse(tokens.accessToken(), tokens.refreshToken(), user));
    }

    @Nullable
    private static String tokenIn(@Nullable RefreshRequest body) {
        return body == null ? null : body.refreshToken();
    }

    /** A cookie client may still name a token in the body (the contract's way); otherwise its cookie's. */
    private static Optional<String> tokenOfCookieClient(HttpRequest<?> request, @Nullable RefreshRequest body) {
        return Optional.ofNullable(tokenIn(body)).or(() -> RefreshCookie.presented(request));
    }
}
