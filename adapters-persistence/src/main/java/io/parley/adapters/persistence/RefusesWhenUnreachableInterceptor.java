package io.parley.adapters.persistence;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;

/** Carries out {@link RefusesWhenUnreachable}. */
@Singleton
@InterceptorBean(RefusesWhenUnreachable.class)
final class RefusesWhenUnreachableInterceptor implements MethodInterceptor<Object, Object> {

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            throw DatabaseOutage.translated(e);
        }
    }
}
