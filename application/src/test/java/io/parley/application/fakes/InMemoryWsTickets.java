package io.parley.application.fakes;

import io.parley.application.account.port.StoreWsTicketPort;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryWsTickets implements StoreWsTicketPort {

    private record Entry(UserId user, Instant expiresAt) {
    }

    private final Map<String, Entry> tickets = new ConcurrentHashMap<>();

    @Override
    public void save(String ticketHash, UserId user, Instant expiresAt) {
        tickets.put(ticketHash, new Entry(user, expiresAt));
    }

    @Override
    public Optional<UserId> take(String ticketHash, Instant now) {
        return Optional.ofNullable(tickets.remove(ticketHash))
                .filter(e -> now.isBefore(e.expiresAt()))
                .map(Entry::user);
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
