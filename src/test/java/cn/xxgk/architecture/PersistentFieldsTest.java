package cn.xxgk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink's weaving sets the persistent fields of entities and embeddables from methods of its
 * own ({@code _persistence_set}); a final field makes every load and persist of the entity fail at
 * run time (IllegalAccessError) while it compiles and passes every unit test. Caught here instead.
 */
class PersistentFieldsTest {

    @Test
    void noPersistentFieldIsFinal() {
        JavaClasses application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ComponentDependenciesTest.ROOT);
        fields().that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(Embeddable.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(MappedSuperclass.class)
                .and().areNotStatic().and().areNotAnnotatedWith(Transient.class)
                .should().notBeFinal()
                .because("EclipseLink's woven setters write them")
                .check(application);
    }
}
