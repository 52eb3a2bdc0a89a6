package cn.xxgk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the components under cn.xxgk may depend on each other (the developers' guide: dependencies
 * point down, the platform knows no component, an API class never uses a JSF bean). Checked on the
 * application's classes (not the tests').
 */
class ComponentDependenciesTest {

    static final String ROOT = "cn.xxgk";

    static JavaClasses application;

    @BeforeAll
    static void importTheApplication() {
        application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
    }

    /** The top-level packages cn.xxgk.* (the components) depend on each other without a cycle. */
    @Test
    void theComponentsAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").namingSlices("component $1").should().beFreeOfCycles()
                .check(application);
    }

    @Test
    void thePlatformDependsOnNoOtherComponent() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat(describe("are in another component than platform",
                        (JavaClass c) -> c.getPackageName().startsWith(ROOT + ".")
                                && !c.getPackageName().startsWith(ROOT + ".platform")))
                .check(application);
    }

    /** Every component records in the audit, identity included: the audit may use the platform alone. */
    @Test
    void theAuditDependsOnThePlatformAlone() {
        noClasses().that().resideInAPackage(ROOT + ".audit..")
                .should().dependOnClassesThat(describe("are in a component other than audit and platform",
                        (JavaClass c) -> c.getPackageName().startsWith(ROOT + ".")
                                && !c.getPackageName().startsWith(ROOT + ".audit")
                                && !c.getPackageName().startsWith(ROOT + ".platform")))
                .check(application);
    }

    @Test
    void noApiClassUsesJsf() {
        noClasses().that().resideInAPackage(ROOT + ".*.api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", ROOT + ".*.web..")
                .check(application);
    }

    /** The rules above see the whole application: each component's classes were imported. */
    @Test
    void theRulesSeeEveryComponent() {
        Set<String> components = application.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .collect(Collectors.toSet());
        assertTrue(components.containsAll(Set.of("platform", "identity", "audit", "calendar", "catalogue",
                "request", "letter", "notification", "workspace",
                "statistics", // yearreport: statistics
                "search", // search: the search engine (issue #14)
                "portal", // portal: the public portal (issue #14)
                "remedy", "assessment", // remedy, assessment: issue #15 items 3, 4
                "archive" // archive: issue #15 item 5
        )), components.toString());
    }

    /** The cycle rule fails on a cycle: two packages of this test that use each other. */
    @Test
    void theCycleRuleFailsOnACycle() {
        JavaClasses cyclic = new ClassFileImporter().importClasses(
                cn.xxgk.architecture.fixture.first.UsesSecond.class,
                cn.xxgk.architecture.fixture.second.UsesFirst.class);

        assertThrows(AssertionError.class, () -> slices().matching("cn.xxgk.architecture.fixture.(*)..")
                .should().beFreeOfCycles().check(cyclic));
    }
}
