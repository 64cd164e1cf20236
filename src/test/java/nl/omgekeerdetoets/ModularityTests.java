package nl.omgekeerdetoets;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Keeps the module boundaries: each module declares the modules it may use
 * ({@code package-info.java}), uses only what they make public, and keeps its persistence
 * and web layer to itself.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(OmgekeerdeToetsApplication.class);

	static final JavaClasses main = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("nl.omgekeerdetoets");

	static final DescribedPredicate<JavaClass> persistence = DescribedPredicate.describe(
			"the app's JPA entities, embeddables and repositories",
			(type) -> type.getPackageName().startsWith("nl.omgekeerdetoets") && (type.isAnnotatedWith(Entity.class)
					|| type.isAnnotatedWith(Embeddable.class) || type.isAssignableTo(Repository.class)));

	@Test
	void modulesUseOnlyTheModulesTheyDeclareAndOnlyTheirPublicApi() {
		modules.verify();
	}

	@Test
	void entitiesAndRepositoriesAreNotPublic() {
		ArchRule rule = classes().that(persistence).should().notBePublic();
		rule.check(main);
	}

	@Test
	void controllersAreNotPublic() {
		ArchRule rule = classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.or()
			.areAnnotatedWith(ControllerAdvice.class)
			.should()
			.notBePublic();
		rule.check(main);
	}

	@Test
	void noEntityOrRepositoryTypeCrossesAModuleBoundary() {
		ArchRule rule = classes().should(new ArchCondition<>("use entities and repositories of their own module only") {

			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					if (persistence.test(target) && !moduleOf(target).equals(moduleOf(origin))) {
						events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
					}
				}
			}

		});
		rule.check(main);
	}

	/** The top-level package under the application's, e.g. {@code cases}. */
	private static String moduleOf(JavaClass type) {
		String rest = type.getPackageName().substring("nl.omgekeerdetoets".length());
		return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
	}

}
