package io.parley.adapters.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapters.web.auth.AuthMessages.ChangePasswordRequest;
import io.parley.adapters.web.auth.AuthMessages.TokensResponse;
import io.parley.adapters.web.security.SignIns;
import io.parley.application.account.ChangePasswordUseCase.ChangePasswordCommand;
import io.parley.application.account.ChangePasswordUseCase;
import io.parley.domain.Refusal;

/**
 * {@code POST /api/users/me/password {current, new}} → 200 {@code {token, refreshToken}}: every
 * other sign-in of the account ends, and this one goes on with the new tokens. A wrong current
 * password is a field error (400, {@code current}), not a 401 that a client would take for an
 * expired token. Here rather than with the profile because it hands out tokens as the sign-in
 * endpoints do, in the refresh cookie when asked.
 */
@Controller("/api/users/me/password")
// bcrypt and the database: never on a Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
final class PasswordController {

    private final ChangePasswordUseCase passwords;

    PasswordController(ChangePasswordUseCase passwords) {
        this.passwords = passwords;
    }

    @Post
    HttpResponse<TokensResponse> change(HttpRequest<?> request, Authentication caller, @Nullable @Body ChangePasswordRequest body) {
        if (body == null) {
            throw Refusal.invalid("current", "current is required");
        }
        return AuthController.tokens(request, passwords.changePassword(new ChangePasswordCommand(SignIns.of(caller), body.current(),
                body.next())));
    }
}
