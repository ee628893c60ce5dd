package io.parley.adapters.web.security;

import io.micronaut.security.authentication.Authentication;
import io.parley.domain.session.Session;
import io.parley.domain.session.SessionId;
import io.parley.domain.user.UserId;
import java.util.Map;

/**
 * The sign-in a request or socket belongs to. Access tokens carry it as their {@value #CLAIM}
 * claim, and a ticket-authenticated socket as the same attribute, so both read alike.
 */
public final class SignIns {

    static final String CLAIM = "sid";

    private SignIns() {
    }

    /** Every authenticated caller has one: a token without it is refused before any route runs. */
    public static Session of(Authentication caller) {
        return new Session(new SessionId(String.valueOf(caller.getAttributes().get(CLAIM))), new UserId(caller.getName()));
    }

    /** The authentication of someone signed in as {@code session}. */
    public static Authentication authentication(Session session) {
        return Authentication.build(session.user().value(), Map.of(CLAIM, session.id().value()));
    }
}
