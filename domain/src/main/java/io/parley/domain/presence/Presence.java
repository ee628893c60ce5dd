package io.parley.domain.presence;

import io.parley.domain.user.UserId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is online, counted in open connections. A user is online from their first connection
 * until a grace period after their last one closes, so a page reload is not "offline, online".
 * The grace is the caller's timer: {@link #disconnect} hands out a token, and {@link #expire}
 * with that token ends the grace only if nothing happened since.
 */
public final class Presence {

    private record Entry(int connections, long epoch) {
    }

    private final ConcurrentHashMap<UserId, Entry> entries = new ConcurrentHashMap<>();

    /** Counts a new connection; true if it brought the user online (they were offline, not in grace). */
    public boolean connect(UserId user) {
        boolean[] cameOnline = new boolean[1];
        entries.compute(user, (u, entry) -> {
            if (entry == null) {
                cameOnline[0] = true;
                return new Entry(1, 0);
            }
            // A reconnection inside the grace period moves the epoch on, so the pending expiry is void.
            return new Entry(entry.connections() + 1, entry.connections() == 0 ? entry.epoch() + 1 : entry.epoch());
        });
        return cameOnline[0];
    }

    /** Counts a closed connection; when it was the last, the token to {@link #expire} the grace with. */
    public Optional<Long> disconnect(UserId user) {
        Long[] token = new Long[1];
        entries.computeIfPresent(user, (u, entry) -> {
            int left = Math.max(0, entry.connections() - 1);
            if (left == 0 && entry.connections() > 0) {
                token[0] = entry.epoch() + 1;
                return new Entry(0, token[0]);
            }
            return new Entry(left, entry.epoch());
        });
        return Optional.ofNullable(token[0]);
    }

    /** Ends the grace that {@code token} started; true if the user is now offline. */
    public boolean expire(UserId user, long token) {
        boolean[] wentOffline = new boolean[1];
        entries.computeIfPresent(user, (u, entry) -> {
            if (entry.connections() == 0 && entry.epoch() == token) {
                wentOffline[0] = true;
                return null;
            }
            return entry;
        });
        return wentOffline[0];
    }

    public boolean isOnline(UserId user) {
        return entries.containsKey(user);
    }
}
