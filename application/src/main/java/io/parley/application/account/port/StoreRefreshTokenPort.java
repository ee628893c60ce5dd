package io.parley.application.account.port;

import io.parley.domain.session.RefreshToken;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

public interface StoreRefreshTokenPort {

    void save(RefreshToken token);

    /** The token with this hash, locked for the rest of the transaction so two refreshes cannot both use it. */
    Optional<RefreshToken> lockByHash(String tokenHash);

    void markUsed(String tokenId, Instant at);

    /** Uses up every token of the family not yet used: presenting one later counts as reuse. */
    void useUpFamily(String familyId, Instant at);

    void revokeFamily(String familyId, Instant at);

    /** Revokes every family of {@code user} but {@code kept}; answers the families it revoked. */
    Set<String> revokeFamiliesOf(UserId user, String kept, Instant at);

    /** The families revoked at {@code since} or later. */
    Set<String> familiesRevokedSince(Instant since);
}
