package io.parley.adapters.web.health;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.health.HealthQuery;

/**
 * For load balancers, monitors and scripts: answering at all means start-up, migrations included,
 * is done. {@code status} is DOWN, and the answer 503, only when the database cannot be reached:
 * nothing works without it. Storage that is down shows in {@code checks} alone, because messages
 * still flow and a load balancer should keep sending them here.
 */
@Controller("/api/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class HealthController {

    private static final String UP = "UP";
    private static final String DOWN = "DOWN";

    private final HealthQuery health;

    HealthController(HealthQuery health) {
        this.health = health;
    }

    @Serdeable
    record Health(String status, Checks checks) {
    }

    @Serdeable
    record Checks(String database, String storage) {
    }

    @Get
    HttpResponse<Health> health() {
        HealthQuery.Health now = health.check();
        Health body = new Health(word(now.database()), new Checks(word(now.database()), word(now.storage())));
        return HttpResponse.status(now.database() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    private static String word(boolean up) {
        return up ? UP : DOWN;
    }
}
