package io.parley.adapters.persistence;

import static io.parley.application.fakes.UserBuilder.aUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.application.account.port.StoreRefreshTokenPort;
import io.parley.application.account.port.StoreWsTicketPort;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.application.directory.port.LoadUserPort;
import io.parley.application.directory.port.SaveUserPort;
import io.parley.domain.session.RefreshToken;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class JdbcSessionStoresTest {

    @Inject
    SaveUserPort saveUser;
    @Inject
    LoadUserPort users;
    @Inject
    StoreRefreshTokenPort refreshTokens;
    @Inject
    StoreWsTicketPort tickets;
    @Inject
    RunInTransactionPort tx;

    private final Instant now = Instant.parse("2026-03-01T10:15:30.123Z");
    private User ann;

    @BeforeEach
    void storeAnn() {
        ann = aUser().build();
        saveUser.create(ann, "hash");
    }

    private RefreshToken token(String family) {
        String id = UUID.randomUUID().toString();
        return RefreshToken.issue(id, family, ann.id(), "hash-" + id.replace("-", ""), now, Duration.ofDays(30));
    }

    private Optional<RefreshToken> locked(RefreshToken token) {
        return tx.inTransaction(() -> refreshTokens.lockByHash(token.tokenHash()));
    }

    @Test
    void a_refresh_token_reads_back_with_millisecond_utc_times() {
        RefreshToken token = token(UUID.randomUUID().toString());
        refreshTokens.save(token);

        assertEquals(Optional.of(token), locked(token));
    }

    @Test
    void using_and_revoking_are_recorded_per_token_and_per_family() {
        String family = UUID.randomUUID().toString();
        RefreshToken first = token(family);
        RefreshToken second = token(family);
        RefreshToken otherFamily = token(UUID.randomUUID().toString());
        List.of(first, second, otherFamily).forEach(refreshTokens::save);

        refreshTokens.markUsed(first.id(), now.plusSeconds(1));
        refreshTokens.revokeFamily(family, now.plusSeconds(2));

        assertEquals(now.plusSeconds(1), locked(first).orElseThrow().usedAt());
        assertEquals(now.plusSeconds(2), locked(first).orElseThrow().revokedAt());
        assertEquals(now.plusSeconds(2), locked(second).orElseThrow().revokedAt());
        assertNull(locked(otherFamily).orElseThrow().revokedAt());
    }

    @Test
    void a_ticket_is_taken_once() {
        String hash = UUID.randomUUID().toString();
        tickets.save(hash, ann.id(), now.plusSeconds(60));

        assertEquals(Optional.of(ann.id()), tx.inTransaction(() -> tickets.take(hash, now)));
        assertEquals(Optional.empty(), tx.inTransaction(() -> tickets.take(hash, now)));
    }

    @Test
    void an_expired_ticket_names_nobody_and_is_cleared() {
        String hash = UUID.randomUUID().toString();
        String old = UUID.randomUUID().toString();
        tickets.save(hash, ann.id(), now.plusSeconds(60));
        tickets.save(old, ann.id(), now.minusSeconds(1));

        assertEquals(1, tx.inTransaction(() -> tickets.deleteExpired(now, 500)));

        // Asked as of before it expired, the old one would still name Ann: it is gone, the other is not.
        assertEquals(Optional.empty(), tx.inTransaction(() -> tickets.take(old, now.minusSeconds(5))));
        assertEquals(Optional.of(ann.id()), tx.inTransaction(() -> tickets.take(hash, now)));
    }

    @Test
    void two_redemptions_of_one_ticket_racing_give_it_to_exactly_one() throws Exception {
        String hash = UUID.randomUUID().toString();
        tickets.save(hash, ann.id(), now.plusSeconds(60));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<UserId>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Optional<UserId>> redeem = () -> {
                    start.await();
                    return tx.inTransaction(() -> tickets.take(hash, now));
                };
                results.add(pool.submit(redeem));
            }
            start.countDown();
            long winners = 0;
            for (Future<Optional<UserId>> result : results) {
                winners += result.get().isPresent() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        User bob = aUser().build();

        assertThrows(IllegalStateException.class, () -> tx.inTransaction(() -> {
            saveUser.create(bob, "hash");
            throw new IllegalStateException("boom");
        }));

        assertEquals(Optional.empty(), users.byId(bob.id()));
    }
}
