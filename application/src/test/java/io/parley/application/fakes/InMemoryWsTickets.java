package io.parley.application.fakes;

import io.parley.application.account.port.StoreWsTicketPort;
import io.parley.domain.session.Session;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryWsTickets implements StoreWsTicketPort {

    private record Entry(Session session, Instant expiresAt) {
    }

    private final Map<String, Entry> tickets = new ConcurrentHashMap<>();

    @Override
    public void save(String ticketHash, Session session, Instant expiresAt) {
        tickets.put(ticketHash, new Entry(session, expiresAt));
    }

    @Override
    public Optional<Session> take(String ticketHash, Instant now) {
        return Optional.ofNullable(tickets.remove(ticketHash))
                .filter(e -> now.isBefore(e.expiresAt()))
                .map(Entry::session);
    }

    @Override
    public int deleteExpired(Instant now, int limit) {
        List<String> expired = tickets.entrySet().stream().filter(e -> !now.isBefore(e.getValue().expiresAt()))
                .map(Map.Entry::getKey).limit(limit).toList();
        expired.forEach(tickets::remove);
        return expired.size();
    }

    public int size() {
        return tickets.size();
    }
}
