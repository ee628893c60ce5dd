package io.parley.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A use case or port nobody wired is a bug, not a missing feature: each has exactly one bean. */
@MicronautTest
class PortWiringTest {

    @Inject
    ApplicationContext context;

    @Test
    void every_use_case_and_port_has_exactly_one_bean() {
        List<Class<?>> interfaces = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.parley.application")
                .stream()
                .filter(JavaClass::isInterface)
                .filter(c -> ArchitectureTest.PORT.test(c) || ArchitectureTest.USE_CASE.test(c))
                .map(JavaClass::reflect)
                .collect(Collectors.toList());
        assertFalse(interfaces.size() < 40, "expected the use cases and ports of the core, found " + interfaces);

        List<String> wrong = interfaces.stream()
                .filter(type -> context.getBeansOfType(type).size() != 1)
                .map(type -> type.getSimpleName() + " has " + context.getBeansOfType(type).size() + " beans")
                .toList();

        assertEquals(List.of(), wrong);
    }
}
