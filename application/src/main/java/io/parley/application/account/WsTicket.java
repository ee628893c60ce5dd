package io.parley.application.account;

import java.time.Instant;

/** A single-use pass that lets a browser open the WebSocket without a token in the URL. */
public record WsTicket(String ticket, Instant expiresAt) {
}
