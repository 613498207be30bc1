package dev.lambdashim.maven;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plugin's packages, each one concern, as a newcomer should find them: the goals on top, then the two engines
 * (packaging a zip, running one locally), then what they build on. Checked on the compiled classes, so a fully
 * qualified reference counts as much as an import.
 */
class PluginLayoutTest {

    private static final String ROOT = "dev.lambdashim.maven";
    /** Past this a package holds more than one concern: split it. */
    private static final int MAX_TOP_LEVEL_CLASSES = 20;

    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void packagesDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("goals").definedBy(ROOT)
                .layer("layer").definedBy(ROOT + ".layer..")
                .layer("packaging").definedBy(ROOT + ".packaging..")
                .layer("invoke").definedBy(ROOT + ".invoke..")
                .layer("javaruntime").definedBy(ROOT + ".javaruntime..")
                .layer("layerfile").definedBy(ROOT + ".layerfile..")
                .layer("docker").definedBy(ROOT + ".docker..")
                .layer("platform").definedBy(ROOT + ".platform..")
                .layer("error").definedBy(ROOT + ".error..")
                .whereLayer("goals").mayNotBeAccessedByAnyLayer()
                .whereLayer("layer").mayOnlyBeAccessedByLayers("goals")
                .whereLayer("packaging").mayOnlyBeAccessedByLayers("goals", "layer")
                .whereLayer("invoke").mayOnlyBeAccessedByLayers("goals")
                .whereLayer("javaruntime").mayOnlyBeAccessedByLayers("goals", "layer", "packaging", "invoke")
                .whereLayer("layerfile").mayOnlyBeAccessedByLayers("goals", "layer", "packaging", "invoke")
                .whereLayer("docker").mayOnlyBeAccessedByLayers("goals", "layer", "packaging", "invoke",
                        "javaruntime")
                .whereLayer("platform").mayOnlyBeAccessedByLayers("goals", "layer", "packaging", "invoke",
                        "javaruntime", "layerfile", "docker")
                .check(PLUGIN);
    }

    @Test
    void everyClassIsInALayerAndNoPackageIsOverfull() {
        Map<String, Long> perPackage = PLUGIN.stream().filter(c -> c.getEnclosingClass().isEmpty())
                .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.counting()));
        assertTrue(perPackage.keySet().stream().allMatch(p -> p.equals(ROOT) || p.matches(
                "dev\\.lambdashim\\.maven\\.(layer|packaging|invoke|javaruntime|layerfile|docker|platform|error)")),
                "a package outside the layers: " + perPackage.keySet());
        perPackage.forEach((name, count) -> assertTrue(count <= MAX_TOP_LEVEL_CLASSES,
                name + " holds " + count + " classes, over " + MAX_TOP_LEVEL_CLASSES + ": split it by concern"));
    }
}
