package io.parley.adapters.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.parley.application.directory.GetUserQuery;
import io.parley.domain.Refusal;
import io.parley.domain.user.UserId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token is only as good as the account it names. One signed for an account that is not in the
 * database — which happens when the database is reset but {@code JWT_SECRET} kept — is refused
 * with 401, instead of failing deep inside a use case. Accounts are never deleted while Parley
 * runs, so each is looked up once per process and remembered. The API's routes run off the event
 * loop anyway, so the check does too.
 */
@ServerFilter("/api/**")
final class KnownAccounts implements Ordered {

    private final GetUserQuery users;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    KnownAccounts(GetUserQuery users) {
        this.users = users;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void check(HttpRequest<?> request) {
        String account = request.getUserPrincipal(Authentication.class).map(Authentication::getName).orElse(null);
        if (account == null || known.contains(account)) {
            return;
        }
        try {
            users.get(new UserId(account));
        } catch (Refusal refusal) {
            // Only a missing account makes the token worthless; an unreachable database is answered as what it is.
            if (refusal.reason() == Refusal.Reason.NOT_FOUND) {
                throw Refusal.of(Refusal.Reason.UNAUTHORIZED, "This account does not exist");
            }
            throw refusal;
        }
        known.add(account);
    }
}
