package io.parley.adapters.persistence;

import static io.parley.application.fakes.UserBuilder.aUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.application.account.port.LoadCredentialsPort;
import io.parley.application.account.port.SaveCredentialsPort;
import io.parley.application.account.port.StoreRefreshTokenPort;
import io.parley.application.account.port.StoreWsTicketPort;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.application.directory.port.LoadUserPort;
import io.parley.application.directory.port.SaveUserPort;
import io.parley.domain.session.RefreshToken;
import io.parley.domain.session.Session;
import io.parley.domain.session.SessionId;
import io.parley.domain.user.User;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    @Inject
    LoadCredentialsPort credentials;
    @Inject
    SaveCredentialsPort saveCredentials;

    private final Instant now = Instant.parse("2026-03-01T10:15:30.123Z");
    private User ann;
    private Session annSession;

    @BeforeEach
    void storeAnn() {
        ann = aUser().build();
        saveUser.create(ann, "hash");
        annSession = new Session(new SessionId(UUID.randomUUID().toString()), ann.id());
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
    void a_password_change_revokes_every_other_family_of_the_user_and_names_them() {
        String kept = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String alreadyRevoked = UUID.randomUUID().toString();
        RefreshToken keptToken = token(kept);
        RefreshToken otherToken = token(other);
        RefreshToken revokedToken = token(alreadyRevoked);
        List.of(keptToken, otherToken, revokedToken).forEach(refreshTokens::save);
        refreshTokens.revokeFamily(alreadyRevoked, now);
        User bob = aUser().build();
        saveUser.create(bob, "hash");
        RefreshToken bobs = RefreshToken.issue(UUID.randomUUID().toString(), UUID.randomUUID().toString(), bob.id(),
                "hash-" + UUID.randomUUID().toString().replace("-", ""), now, Duration.ofDays(30));
        refreshTokens.save(bobs);

        Set<String> revoked = tx.inTransaction(() -> refreshTokens.revokeFamiliesOf(ann.id(), kept, now.plusSeconds(5)));
        refreshTokens.useUpFamily(kept, now.plusSeconds(5));

        assertEquals(Set.of(other), revoked);
        assertEquals(now.plusSeconds(5), locked(otherToken).orElseThrow().revokedAt());
        assertEquals(now, locked(revokedToken).orElseThrow().revokedAt());
        assertNull(locked(keptToken).orElseThrow().revokedAt());
        assertEquals(now.plusSeconds(5), locked(keptToken).orElseThrow().usedAt());
        assertNull(locked(bobs).orElseThrow().revokedAt());
        assertNull(locked(bobs).orElseThrow().usedAt());
    }

    @Test
    void the_families_revoked_since_a_moment_are_found_for_the_deny_list() {
        String before = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        String live = UUID.randomUUID().toString();
        List.of(token(before), token(before), token(after), token(live)).forEach(refreshTokens::save);
        refreshTokens.revokeFamily(before, now.minusSeconds(60));
        refreshTokens.revokeFamily(after, now);

        Set<String> found = refreshTokens.familiesRevokedSince(now.minusSeconds(1));

        assertTrue(found.contains(after));
        assertFalse(found.contains(before));
        assertFalse(found.contains(live));
    }

    @Test
    void a_changed_password_hash_is_what_login_reads() {
        saveCredentials.changePasswordHash(ann.id(), "new-hash");

        assertEquals("new-hash", credentials.credentialsFor(ann.email()).orElseThrow().passwordHash());
    }

    @Test
    void a_ticket_is_taken_once() {
        String hash = UUID.randomUUID().toString();
        tickets.save(hash, annSession, now.plusSeconds(60));

        assertEquals(Optional.of(annSession), tx.inTransaction(() -> tickets.take(hash, now)));
        assertEquals(Optional.empty(), tx.inTransaction(() -> tickets.take(hash, now)));
    }

    @Test
    void an_expired_ticket_names_nobody_and_is_cleared() {
        String hash = UUID.randomUUID().toString();
        String old = UUID.randomUUID().toString();
        tickets.save(hash, annSession, now.plusSeconds(60));
        tickets.save(old, annSession, now.minusSeconds(1));

        assertEquals(1, tx.inTransaction(() -> tickets.deleteExpired(now, 500)));

        // Asked as of before it expired, the old one would still name Ann: it is gone, the other is not.
        assertEquals(Optional.empty(), tx.inTransaction(() -> tickets.take(old, now.minusSeconds(5))));
        assertEquals(Optional.of(annSession), tx.inTransaction(() -> tickets.take(hash, now)));
    }

    @Test
    void two_redemptions_of_one_ticket_racing_give_it_to_exactly_one() throws Exception {
        String hash = UUID.randomUUID().toString();
        tickets.save(hash, annSession, now.plusSeconds(60));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<Session>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Optional<Session>> redeem = () -> {
                    start.await();
                    return tx.inTransaction(() -> tickets.take(hash, now));
                };
                results.add(pool.submit(redeem));
            }
            start.countDown();
            long winners = 0;
            for (Future<Optional<Session>> result : results) {
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
