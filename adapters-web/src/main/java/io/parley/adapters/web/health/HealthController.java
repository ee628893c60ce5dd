package io.parley.adapters.web.health;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/** Liveness for load balancers and scripts: answering at all means start-up, migrations included, is done. */
@Controller("/api/health")
@Secured(SecurityRule.IS_ANONYMOUS)
final class HealthController {

    @Serdeable
    record Health(String status) {
    }

    @Get
    Health health() {
        return new Health("UP");
    }
}
