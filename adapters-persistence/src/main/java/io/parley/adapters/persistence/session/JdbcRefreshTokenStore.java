package io.parley.adapters.persistence.session;

import io.parley.application.account.port.StoreRefreshTokenPort;
import io.parley.domain.session.RefreshToken;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@Singleton
final class JdbcRefreshTokenStore implements StoreRefreshTokenPort {

    private final RefreshTokenRowRepository rows;
    private final RefreshTokenRowMapper mapper;

    JdbcRefreshTokenStore(RefreshTokenRowRepository rows, RefreshTokenRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public void save(RefreshToken token) {
        rows.save(mapper.toRow(token));
    }

    @Override
    public Optional<RefreshToken> lockByHash(String tokenHash) {
        return rows.findByTokenHashForUpdate(tokenHash).map(mapper::toToken);
    }

    @Override
    public void markUsed(String tokenId, Instant at) {
        rows.markUsed(tokenId, at);
    }

    @Override
    public void useUpFamily(String familyId, Instant at) {
        rows.useUpFamily(familyId, at);
    }

    @Override
    public void revokeFamily(String familyId, Instant at) {
        rows.revokeFamily(familyId, at);
    }

    /** Runs inside the caller's transaction, so the families it names are the ones it revoked. */
    @Override
    public Set<String> revokeFamiliesOf(UserId user, String kept, Instant at) {
        Set<String> families = new HashSet<>(rows.findLiveFamiliesOf(user.value(), kept));
        rows.revokeFamiliesOf(user.value(), kept, at);
        return families;
    }

    @Override
    public Set<String> familiesRevokedSince(Instant since) {
        return new HashSet<>(rows.findFamiliesRevokedSince(since));
    }
}
