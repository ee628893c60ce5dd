package io.parley.application.fakes;

import io.parley.application.account.port.StoreRefreshTokenPort;
import io.parley.domain.session.RefreshToken;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryRefreshTokens implements StoreRefreshTokenPort {

    private final Map<String, RefreshToken> byId = new ConcurrentHashMap<>();

    @Override
    public void save(RefreshToken token) {
        byId.put(token.id(), token);
    }

    @Override
    public Optional<RefreshToken> lockByHash(String tokenHash) {
        return byId.values().stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public void markUsed(String tokenId, Instant at) {
        byId.computeIfPresent(tokenId, (id, t) -> new RefreshToken(t.id(), t.familyId(), t.userId(), t.tokenHash(),
                t.issuedAt(), t.expiresAt(), at, t.revokedAt()));
    }

    @Override
    public void revokeFamily(String familyId, Instant at) {
        byId.replaceAll((id, t) -> !t.familyId().equals(familyId) || t.revokedAt() != null ? t
                : new RefreshToken(t.id(), t.familyId(), t.userId(), t.tokenHash(), t.issuedAt(), t.expiresAt(), t.usedAt(), at));
    }

    public List<RefreshToken> all() {
        return List.copyOf(byId.values());
    }
}
