package io.parley.adapters.persistence.session;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("ws_tickets")
record WsTicketRow(@Id String ticketHash, String userId, String sessionId, Instant expiresAt) {
}
