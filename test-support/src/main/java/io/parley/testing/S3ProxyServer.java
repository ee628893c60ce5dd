package io.parley.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * S3Proxy, a real S3-compatible server that checks signatures and expiry, run as a separate
 * process on a free loopback port with its buckets in a directory. It can be stopped and started
 * again on the same port, as an outage of the storage would look to Parley.
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "parley-test";
    public static final String SECRET_KEY = "parley-test-secret";

    private final Path jar;
    private final Path baseDir;
    private final Path properties;
    private final int port;
    private final URI endpoint;
    private Process process;

    private S3ProxyServer(Path jar, Path baseDir, Path properties, int port, URI endpoint) {
        this.jar = jar;
        this.baseDir = baseDir;
        this.properties = properties;
        this.port = port;
        this.endpoint = endpoint;
    }

    /** Starts it with {@code bucket} already there; {@code jar} defaults to the s3proxy.jar system property. */
    public static S3ProxyServer start(Path baseDir, String bucket) {
        Path jar = Path.of(System.getProperty("s3proxy.jar", "target/s3proxy.jar"));
        try {
            Files.createDirectories(baseDir.resolve(bucket));
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            Path properties = Files.writeString(baseDir.resolve("s3proxy.properties"), String.join("\n",
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem-nio2",
                    "jclouds.filesystem.basedir=" + baseDir.toAbsolutePath()));
            S3ProxyServer server = new S3ProxyServer(jar, baseDir, properties, port, endpoint);
            server.launch();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it again after {@link #close()}, on the same port and with the same buckets: the end of an outage. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("S3Proxy is still running");
        }
        launch();
    }

    private void launch() {
        try {
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toAbsolutePath().toString(), "--properties", properties.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolve("s3proxy.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitListening(port);
    }

    public URI endpoint() {
        return endpoint;
    }

    private void awaitListening(int port) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited with " + process.exitValue());
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        close();
        throw new IllegalStateException("S3Proxy did not start listening in time");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
