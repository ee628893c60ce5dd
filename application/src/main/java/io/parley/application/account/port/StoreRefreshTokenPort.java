package io.parley.application.account.port;

import io.parley.domain.session.RefreshToken;
import java.time.Instant;
import java.util.Optional;

public interface StoreRefreshTokenPort {

    void save(RefreshToken token);

    /** The token with this hash, locked for the rest of the transaction so two refreshes cannot both use it. */
    Optional<RefreshToken> lockByHash(String tokenHash);

    void markUsed(String tokenId, Instant at);

    void revokeFamily(String familyId, Instant at);
}
