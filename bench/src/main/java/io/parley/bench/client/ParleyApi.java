package io.parley.bench.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The HTTP calls that set a benchmark up (SPEC §3). Blocking on purpose: set-up runs them on a
 * small pool to bound how many are in flight, and their speed is not what is measured.
 */
public final class ParleyApi {

    static final String PASSWORD = "bench-password-1";

    private static final ObjectMapper JSON = new ObjectMapper();
    // Registration hashes a password with bcrypt; on a busy two-core machine a call can queue for a while.
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(120);

    private final URI base;
    private final HttpClient http;

    public ParleyApi(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public boolean healthy() {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/health")).timeout(Duration.ofSeconds(5)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Account register(String name, String email) {
        Instant issuedAt = Instant.now();
        JsonNode body = post("register", "/api/auth/register", null, Map.of("name", name, "email", email, "password", PASSWORD));
        return new Account(body.path("user").path("id").asText(), body.path("token").asText(), body.path("refreshToken").asText(), issuedAt);
    }

    /** A fresh access token (refresh is cheap, unlike logging in again: no bcrypt). */
    public Account refreshed(Account account) {
        Instant issuedAt = Instant.now();
        JsonNode body = post("refresh", "/api/auth/refresh", null, Map.of("refreshToken", account.refreshToken()));
        return new Account(account.id(), body.path("token").asText(), body.path("refreshToken").asText(), issuedAt);
    }

    public String createRoom(Account owner, String name) {
        return post("create room", "/api/rooms", owner, Map.of("name", name, "isPrivate", false)).path("id").asText();
    }

    public void joinRoom(Account member, String roomId) {
        post("join room", "/api/rooms/" + roomId + "/join", member, Map.of());
    }

    public String openDirect(Account from, String otherUserId) {
        return post("open direct conversation", "/api/conversations/direct", from, Map.of("userId", otherUserId)).path("id").asText();
    }

    private JsonNode post(String operation, String path, Account caller, Map<String, Object> payload) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(CALL_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload)));
            if (caller != null) {
                request.header("Authorization", "Bearer " + caller.token());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            if (response.statusCode() / 100 != 2) {
                throw new ApiException(operation, response.statusCode(), errorCode(text), text);
            }
            return text.isEmpty() ? JSON.missingNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(operation + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(operation + " interrupted", e);
        }
    }

    private static String errorCode(String problem) {
        try {
            JsonNode code = JSON.readTree(problem).path("code");
            return code.isTextual() ? code.asText() : null;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }
}
