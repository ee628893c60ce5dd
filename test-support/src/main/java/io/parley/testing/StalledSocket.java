package io.parley.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * A WebSocket client that completes the upgrade and then neither reads nor answers: a dead
 * phone, or a peer too slow to keep up. Its receive buffer is tiny so the server notices soon.
 * Like some naive clients, it always sends the RFC's sample {@code Sec-WebSocket-Key}.
 */
public final class StalledSocket implements AutoCloseable {

    private final Socket socket;

    private StalledSocket(Socket socket) {
        this.socket = socket;
    }

    public static StalledSocket open(URI server, String bearerToken) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(2048);
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5000);
        String upgrade = "GET /ws HTTP/1.1\r\n"
                + "Host: " + server.getHost() + ":" + server.getPort() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + "Authorization: Bearer " + bearerToken + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(upgrade.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String head = readHead(socket.getInputStream());
        if (!head.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("upgrade refused: " + head.lines().findFirst().orElse(""));
        }
        return new StalledSocket(socket);
    }

    /** Wakes up: drains whatever was sent and says whether the server had closed the connection by {@code within}. */
    public boolean closedByServerWithin(Duration within) throws IOException {
        return drain(within, null);
    }

    /** Wakes up and reads what the server sent until {@code within} has passed, as text (frames and all). */
    public String receivedWithin(Duration within) throws IOException {
        StringBuilder received = new StringBuilder();
        drain(within, received);
        return received.toString();
    }

    /** Reads until {@code within} has passed, keeping the text in {@code received} if given; true if the server closed the connection. */
    private boolean drain(Duration within, StringBuilder received) throws IOException {
        Instant deadline = Instant.now().plus(within);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        while (Instant.now().isBefore(deadline)) {
            socket.setSoTimeout((int) Math.max(1, Duration.between(Instant.now(), deadline).toMillis()));
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    return true;
                }
                if (received != null) {
                    received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                }
            } catch (SocketTimeoutException stillOpen) {
                return false;
            } catch (IOException reset) {
                return true;
            }
        }
        return false;
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
