package io.parley.bootstrap;

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

/** The boundaries of ARCHITECTURE.md. Every rule fails when it matches no class (archunit.properties). */
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

    @ArchTest
    static final ArchRule domain_uses_only_the_jdk = classes()
            .that().resideInAPackage("io.parley.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.parley.domain..");

    @ArchTest
    static final ArchRule application_uses_only_the_jdk_and_the_domain = classes()
            .that().resideInAPackage("io.parley.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.parley.domain..", "io.parley.application..");

    @ArchTest
    static final ArchRule incoming_ports_do_not_know_outgoing_ones = noClasses()
            .that().resideInAPackage("io.parley.application.port.in..")
            .should().dependOnClassesThat().resideInAPackage("io.parley.application.port.out..");

    @ArchTest
    static final ArchRule outgoing_ports_do_not_know_incoming_ones = noClasses()
            .that().resideInAPackage("io.parley.application.port.out..")
            .should().dependOnClassesThat().resideInAPackage("io.parley.application.port.in..");

    @ArchTest
    static final ArchRule services_are_reached_only_through_ports = classes()
            .that().resideInAPackage("io.parley.application.service..")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage("io.parley.application.service..", "io.parley.bootstrap..");

    @ArchTest
    static final ArchRule adapters_reach_the_application_only_through_ports = noClasses()
            .that().resideInAPackage("io.parley.adapters..")
            .should().dependOnClassesThat().resideInAnyPackage("io.parley.application.service..", "io.parley.application.settings..");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("io.parley.adapters.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule nothing_but_bootstrap_depends_on_bootstrap = classes()
            .that().resideInAPackage("io.parley.bootstrap..")
            .should().onlyHaveDependentClassesThat().resideInAPackage("io.parley.bootstrap..");

    /** A controller that reaches a use case blocks (JDBC, bcrypt): it must not run on a Netty event loop. */
    @ArchTest
    static final ArchRule controllers_that_reach_use_cases_run_off_the_event_loop = classes()
            .that().areAnnotatedWith("io.micronaut.http.annotation.Controller")
            .and(DescribedPredicate.describe("reach a use case", (JavaClass c) -> c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("io.parley.application.port.in"))))
            .should().beAnnotatedWith("io.micronaut.scheduling.annotation.ExecuteOn");
}
