package io.parley.adapters.persistence;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a repository: every call that fails because the database cannot be reached throws the core's
 * {@code UNAVAILABLE} refusal instead ({@link DatabaseOutage}). Transactions get the same from
 * {@link JdbcTransactionRunner}, which also sees failures of begin, commit and rollback.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Around
public @interface RefusesWhenUnreachable {
}
