package io.parley.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A plain HTTP client for tests: real requests over the network, raw bodies in and out, so a
 * test sees exactly what any client of the public contract would.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public ApiClient(URI base) {
        this.base = base;
    }

    public Reply get(String path, String token) {
        return send("GET", path, null, token);
    }

    public Reply post(String path, Map<String, ?> body, String token) {
        return send("POST", path, toJson(body), token);
    }

    public Reply patch(String path, Map<String, ?> body, String token) {
        return send("PATCH", path, toJson(body), token);
    }

    /** Any request; {@code headers} are name/value pairs. A null body sends none. */
    public Reply send(String method, String path, String rawJson, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, rawJson == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(rawJson));
        boolean typed = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (rawJson != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(request);
    }

    /** A multipart/form-data POST of one part named {@code file}, as a browser sends it. */
    public Reply upload(String path, String fileName, String declaredType, byte[] bytes, String token) {
        return upload("POST", path, fileName, declaredType, bytes, token);
    }

    public Reply upload(String method, String path, String fileName, String declaredType, byte[] bytes, String token) {
        String boundary = "parley-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + declaredType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(request);
    }

    /** A GET whose body is kept as bytes. */
    public BinaryReply download(String path, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryReply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record BinaryReply(int status, HttpHeaders headers, byte[] body) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private Reply exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Reply(int status, HttpHeaders headers, String body) {

        public Map<String, Object> json() {
            try {
                return JSON.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new AssertionError("not a JSON object: " + body, e);
            }
        }

        public List<Map<String, Object>> jsonList() {
            try {
                return JSON.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
            } catch (IOException e) {
                throw new AssertionError("not a JSON array: " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
