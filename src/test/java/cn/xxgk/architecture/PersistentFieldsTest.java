package cn.xxgk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.elements.GivenFieldsConjunction;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink's weaving reads and writes the persistent fields of entities and embeddables through
 * methods of its own ({@code _persistence_get/_set}), put into the entity's own code only: a final
 * field makes every load and persist fail at run time (IllegalAccessError), and a field another class
 * reads directly misses the lazy loading (a lazy relation reads as null) and the change tracking. Both
 * compile and pass every unit test; they are caught here instead.
 */
class PersistentFieldsTest {

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ComponentDependenciesTest.ROOT);

    @Test
    void noPersistentFieldIsFinal() {
        persistentFields()
                .should().notBeFinal()
                .because("EclipseLink's woven setters write them")
                .check(APPLICATION);
    }

    @Test
    void everyPersistentFieldIsPrivate() {
        persistentFields()
                .should().bePrivate()
                .because("only the entity's own code is woven to load and track them")
                .check(APPLICATION);
    }

    private static GivenFieldsConjunction persistentFields() {
        return fields().that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(Embeddable.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(MappedSuperclass.class)
                .and().areNotStatic().and().areNotAnnotatedWith(Transient.class);
    }
}
