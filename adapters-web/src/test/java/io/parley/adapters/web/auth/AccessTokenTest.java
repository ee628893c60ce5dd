package io.parley.adapters.web.auth;

import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.adapters.web.CoreOnFakes;
import io.parley.application.account.port.IssueAccessTokenPort;
import io.parley.domain.session.Session;
import io.parley.domain.session.SessionId;
import io.parley.domain.user.UserId;
import io.parley.testing.Accounts;
import io.parley.testing.ApiClient;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way an access token can be wrong ends in the same 401. */
@MicronautTest
class AccessTokenTest {

    @Inject
    EmbeddedServer server;
    @Inject
    IssueAccessTokenPort tokens;
    @Inject
    TokenGenerator generator;

    ApiClient api;
    String userId;
    String validToken;
    String refreshToken;

    @BeforeEach
    void signIn() {
        api = new ApiClient(server.getURI());
        Map<String, Object> signedIn = api.post("/api/auth/register", Accounts.registration(Accounts.uniqueEmail()), null).json();
        validToken = (String) signedIn.get("token");
        refreshToken = (String) signedIn.get("refreshToken");
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) signedIn.get("user");
        userId = (String) user.get("id");
    }

    private static SessionId sessionOf(String token) {
        try {
            return new SessionId(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("sid"));
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    private void assertRefused(String token) {
        assertProblem(api.get("/api/users/me", token), 401, "unauthorized");
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private String claims(String sub, Instant exp) {
        return "{\"sub\":\"" + sub + "\",\"iss\":\"parley\",\"exp\":" + exp.getEpochSecond() + "}";
    }

    @Test
    void a_valid_token_is_accepted() {
        assertEquals(200, api.get("/api/users/me", validToken).status());
    }

    @Test
    void an_expired_token_is_refused() {
        Instant now = Instant.now();
        String expired = tokens.accessToken(new Session(sessionOf(validToken), new UserId(userId)), now.minus(Duration.ofMinutes(20)),
                now.minus(Duration.ofMinutes(5)));

        assertRefused(expired);
    }

    @Test
    void a_token_of_a_sign_in_that_was_logged_out_is_refused_at_once() {
        assertEquals(204, api.post("/api/auth/logout", Map.of("refreshToken", refreshToken), validToken).status());

        assertRefused(validToken);
    }

    @Test
    void a_rightly_signed_token_without_a_sign_in_is_refused() {
        String withoutSid = generator.generateToken(Map.of("sub", userId, "iss", "parley", "exp", Instant.now().plusSeconds(600).getEpochSecond()))
                .orElseThrow();

        assertRefused(withoutSid);
    }

    @Test
    void a_token_signed_with_another_key_is_refused() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(userId).issuer("parley")
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        forged.sign(new MACSigner("another-secret-of-enough-length-0123456789".getBytes(StandardCharsets.UTF_8)));

        assertRefused(forged.serialize());
    }

    @Test
    void a_token_whose_claims_were_changed_is_refused() {
        String[] parts = validToken.split("\\.");
        String tampered = parts[0] + "." + base64(claims("someone-else", Instant.now().plusSeconds(600))) + "." + parts[2];

        assertRefused(tampered);
    }

    @Test
    void an_unsigned_alg_none_token_is_refused() {
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(claims(userId, Instant.now().plusSeconds(600))) + ".";

        assertRefused(unsigned);
    }

    @Test
    void garbage_and_missing_tokens_are_refused() {
        assertRefused("not.a.jwt");
        assertRefused(CoreOnFakes.SECRET.value());
        assertProblem(api.get("/api/users/me", null), 401, "unauthorized");
    }
}
