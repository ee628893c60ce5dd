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
    void every_port_has_exactly_one_bean() {
        List<Class<?>> ports = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.parley.application.port")
                .stream()
                .filter(JavaClass::isInterface)
                .filter(c -> c.getPackageName().endsWith(".port.in") || c.getPackageName().endsWith(".port.out"))
                .map(JavaClass::reflect)
                .collect(Collectors.toList());
        assertFalse(ports.size() < 10, "expected the ports of the core, found " + ports);

        List<String> wrong = ports.stream()
                .filter(port -> context.getBeansOfType(port).size() != 1)
                .map(port -> port.getSimpleName() + " has " + context.getBeansOfType(port).size() + " beans")
                .toList();

        assertEquals(List.of(), wrong);
    }
}
