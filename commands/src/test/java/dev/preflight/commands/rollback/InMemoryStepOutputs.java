package dev.preflight.commands.rollback;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Step outputs kept in memory, for tests of the core. */
final class InMemoryStepOutputs implements StepOutputStore {

    private final Map<String, String> outputs = new ConcurrentHashMap<>();

    @Override
    public String keep(long deploymentId, String output) {
        String ref = deploymentId + "-" + (outputs.size() + 1);
        outputs.put(ref, output);
        return ref;
    }

    @Override
    public Optional<String> find(String ref) {
        return Optional.ofNullable(outputs.get(ref));
    }

    String all() {
        return String.join("\n", outputs.values());
    }
}
