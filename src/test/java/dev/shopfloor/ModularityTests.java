package dev.shopfloor;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules reach each other only through their facades, and dependencies point one way. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ShopfloorApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        org.assertj.core.api.Assertions.assertThat(modules.stream()).isNotEmpty();
    }
}
