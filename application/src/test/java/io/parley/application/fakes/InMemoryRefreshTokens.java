package io.parley.application.fakes;

import io.parley.application.account.port.StoreRefreshTokenPort;
import io.parley.domain.session.RefreshToken;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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

    @Override
    public void useUpFamily(String familyId, Instant at) {
        byId.replaceAll((id, t) -> !t.familyId().equals(familyId) || t.usedAt() != null ? t
                : new RefreshToken(t.id(), t.familyId(), t.userId(), t.tokenHash(), t.issuedAt(), t.expiresAt(), at, t.revokedAt()));
    }

    @Override
    public Set<String> revokeFamiliesOf(UserId user, String kept, Instant at) {
        Set<String> families = byId.values().stream()
                .filter(t -> t.userId().equals(user) && !t.familyId().equals(kept) && t.revokedAt() == null)
                .map(RefreshToken::familyId)
                .collect(Collectors.toSet());
        families.forEach(family -> revokeFamily(family, at));
        return families;
    }

    @Override
    public Set<String> familiesRevokedSince(Instant since) {
        return byId.values().stream()
                .filter(t -> t.revokedAt() != null && !t.revokedAt().isBefore(since))
                .map(RefreshToken::familyId)
                .collect(Collectors.toSet());
    }

    public List<RefreshToken> all() {
        return List.copyOf(byId.values());
    }
}
