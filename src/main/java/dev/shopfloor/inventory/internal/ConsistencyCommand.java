package dev.shopfloor.inventory.internal;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import java.io.PrintStream;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --check-consistency}: runs the consistency check once the application has started, prints the report
 * as one line of JSON on standard output, and ends the process with 0 (no drift) or 1 (drift). Without the
 * option it does nothing. See docs/operations.md.
 */
@Component
class ConsistencyCommand implements ApplicationRunner {

    static final String OPTION = "check-consistency";

    private final ConsistencyCheck check;
    private final JsonMapper json;
    private final PrintStream out;
    private final IntConsumer exit;

    @Autowired
    ConsistencyCommand(ConsistencyCheck check, JsonMapper json, ConfigurableApplicationContext context) {
        this(check, json, System.out, code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    /** @param exit ends the process with the code (tests capture it instead) */
    ConsistencyCommand(ConsistencyCheck check, JsonMapper json, PrintStream out, IntConsumer exit) {
        this.check = check;
        this.json = json;
        this.out = out;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        ConsistencyReport report = CurrentActor.runAs(Actor.system("consistency-check"), () -> check.run());
        out.println(json.writeValueAsString(report));
        out.flush();
        exit.accept(report.exitCode());
    }
}
