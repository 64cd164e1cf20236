package nl.omgekeerdetoets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries visible: a module reaches into another only through what
 * that module makes public.
 */
class ModularityTests {

	ApplicationModules modules = ApplicationModules.of(OmgekeerdeToetsApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() throws java.io.IOException {
		Documenter documenter = new Documenter(this.modules);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of("target", "spring-modulith-docs"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).contains("components.puml",
					"module-cases.puml", "module-review.puml");
		}
	}

}
