package io.parley.adapters.web.json;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.parley.domain.Refusal;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON values are read as the type the contract gives them, never converted from another: by
 * default {@code "isPrivate": "yes"} would read as {@code false} and make a room meant to be
 * private public. A value of the wrong type is refused with {@code validation_failed}, naming it.
 */
@Factory
final class StrictJsonValues {

    @Singleton
    @Primary
    Deserializer<Boolean> booleans() {
        return strict(Boolean.class, "true or false");
    }

    @Singleton
    @Primary
    Deserializer<String> strings() {
        return strict(String.class, "a string");
    }

    @Singleton
    @Primary
    Deserializer<Long> longs() {
        return (decoder, context, type) -> {
            Object value = decoder.decodeArbitrary();
            if (value instanceof Integer || value instanceof Long) {
                return ((Number) value).longValue();
            }
            throw wrongType(type, "a whole number");
        };
    }

    @Singleton
    @Primary
    Deserializer<Integer> integers() {
        return (decoder, context, type) -> {
            Object value = decoder.decodeArbitrary();
            if (value instanceof Integer i) {
                return i;
            }
            throw wrongType(type, "a whole number");
        };
    }

    private static <T> Deserializer<T> strict(Class<T> javaType, String expected) {
        return new Deserializer<>() {
            @Override
            public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
                Object value = decoder.decodeArbitrary();
                if (javaType.isInstance(value)) {
                    return javaType.cast(value);
                }
                throw wrongType(type, expected);
            }
        };
    }

    private static Refusal wrongType(Argument<?> type, String expected) {
        String field = type.getName();
        return Refusal.invalid(field, field + " must be " + expected);
    }
}
