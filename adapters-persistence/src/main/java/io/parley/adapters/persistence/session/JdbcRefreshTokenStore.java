package io.parley.adapters.persistence.session;

import io.parley.application.account.port.StoreRefreshTokenPort;
import io.parley.domain.session.RefreshToken;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

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
    public void revokeFamily(String familyId, Instant at) {
        rows.revokeFamily(familyId, at);
    }
}
