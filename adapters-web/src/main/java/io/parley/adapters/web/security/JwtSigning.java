package io.parley.adapters.web.security;

import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Signs and verifies access tokens with HS256 and the {@link JwtSecret}. The bean is declared by
 * its interface on purpose: a {@code SecretSignatureConfiguration} bean made here would only exist
 * when its configuration properties do, and without any signature Micronaut would issue and accept
 * unsigned ({@code alg: none}) tokens. A test guards this.
 */
@Factory
final class JwtSigning {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration signature(JwtSecret secret) {
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setSecret(secret.value());
        return new SecretSignature(config);
    }
}
