package io.parley.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * The boundaries of docs/adr/0001-hexagonal-layout.md. Every rule fails when it matches no class
 * (archunit.properties), so a renamed package cannot make a rule pass by checking nothing.
 */
@AnalyzeClasses(packages = "io.parley", importOptions = ArchitectureTest.ProductionCodeOnly.class)
class ArchitectureTest {

    /** Leaves out test classes, including those shared as test-jars and the test-support module. */
    static final class ProductionCodeOnly implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.matches(TEST_JAR) && !location.contains("test-support");
        }
    }

    /** A feature's outgoing ports: the interfaces of {@code io.parley.application.<feature>.port}. */
    static final DescribedPredicate<JavaClass> PORT = describe("a port",
            c -> c.isInterface() && c.getPackageName().matches("io\\.parley\\.application\\.\\w+\\.port"));

    /** A use case: an interface at the top of a feature package, or a type declared inside one (its command, its result). */
    static final DescribedPredicate<JavaClass> USE_CASE = describe("a use case or its own types",
            c -> isUseCase(c) || c.getEnclosingClass().map(ArchitectureTest::isUseCase).orElse(false));

    /** What only bootstrap may touch: the services, the core that builds them and the settings handed to it. */
    static final DescribedPredicate<JavaClass> CORE_INTERNALS = describe("a service, the core or its settings",
            c -> c.getPackageName().startsWith("io.parley.application")
                    && (c.getSimpleName().endsWith("Service") || c.getSimpleName().endsWith("Settings")
                    || c.getSimpleName().endsWith("Limits") || c.getName().equals("io.parley.application.Core")));

    private static boolean isUseCase(JavaClass c) {
        return c.isInterface() && c.getPackageName().matches("io\\.parley\\.application\\.\\w+");
    }

    @ArchTest
    static final ArchRule domain_uses_only_the_jdk = classes()
            .that().resideInAPackage("io.parley.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.parley.domain..");

    @ArchTest
    static final ArchRule application_uses_only_the_jdk_and_the_domain = classes()
            .that().resideInAPackage("io.parley.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.parley.domain..", "io.parley.application..");

    @ArchTest
    static final ArchRule domain_packages_are_free_of_cycles = slices()
            .matching("io.parley.domain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule application_features_are_free_of_cycles = slices()
            .matching("io.parley.application.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule outgoing_ports_are_named_port = classes()
            .that(PORT)
            .should().haveSimpleNameEndingWith("Port");

    @ArchTest
    static final ArchRule use_cases_do_not_know_ports = noClasses()
            .that(USE_CASE)
            .should().dependOnClassesThat().resideInAPackage("io.parley.application.*.port..");

    @ArchTest
    static final ArchRule ports_do_not_know_use_cases_or_services = noClasses()
            .that().resideInAPackage("io.parley.application.*.port..")
            .should().dependOnClassesThat().resideInAPackage("io.parley.application.*");

    @ArchTest
    static final ArchRule services_are_built_only_by_the_core_and_bootstrap = classes()
            .that().resideInAPackage("io.parley.application..").and().haveSimpleNameEndingWith("Service")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage("io.parley.application", "io.parley.bootstrap..");

    @ArchTest
    static final ArchRule adapters_reach_the_application_only_through_use_cases_and_ports = noClasses()
            .that().resideInAPackage("io.parley.adapters..")
            .should().dependOnClassesThat(CORE_INTERNALS);

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("io.parley.adapters.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule nothing_but_bootstrap_depends_on_bootstrap = classes()
            .that().resideInAPackage("io.parley.bootstrap..")
            .should().onlyHaveDependentClassesThat().resideInAPackage("io.parley.bootstrap..");

    /** Every query goes through a repository; each must answer an unreachable database as unavailable, not as a bug. */
    @ArchTest
    static final ArchRule repositories_refuse_when_the_database_is_unreachable = classes()
            .that().areAnnotatedWith("io.micronaut.data.jdbc.annotation.JdbcRepository")
            .should().beAnnotatedWith("io.parley.adapters.persistence.RefusesWhenUnreachable");

    /** A controller that reaches a use case blocks (JDBC, bcrypt): it must not run on a Netty event loop. */
    @ArchTest
    static final ArchRule controllers_that_reach_use_cases_run_off_the_event_loop = classes()
            .that().areAnnotatedWith("io.micronaut.http.annotation.Controller")
            .and(describe("reach a use case", (JavaClass c) -> c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> isUseCase(d.getTargetClass()))))
            .should().beAnnotatedWith("io.micronaut.scheduling.annotation.ExecuteOn");
}
