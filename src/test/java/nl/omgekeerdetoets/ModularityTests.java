package nl.omgekeerdetoets;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

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

}
