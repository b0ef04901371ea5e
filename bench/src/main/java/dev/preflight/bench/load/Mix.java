package dev.preflight.bench.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Which kinds of request to send and how often, written {@code tick+status} (equal shares) or
 * {@code tick=3,status=1} (weights).
 */
record Mix(Map<Kind, Integer> weights) {

    Mix {
        weights = Map.copyOf(weights);
        if (weights.isEmpty() || weights.values().stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("a mix needs at least one kind, each with a weight of 1 or more");
        }
    }

    static Mix parse(String text) {
        Map<Kind, Integer> weights = new EnumMap<>(Kind.class);
        for (String part : text.split("[+,]")) {
            String[] kv = part.strip().split("=", 2);
            Kind kind;
            try {
                kind = Kind.valueOf(kv[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown kind '" + kv[0] + "' in the mix; use tick, status, start");
            }
            weights.merge(kind, kv.length == 2 ? Integer.parseInt(kv[1].strip()) : 1, Integer::sum);
        }
        return new Mix(weights);
    }

    /** A picker for one thread. */
    Picker picker() {
        List<Kind> wheel = new ArrayList<>();
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> wheel.addAll(java.util.Collections.nCopies(e.getValue(), e.getKey())));
        return random -> wheel.get(random.nextInt(wheel.size()));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (b.length() > 0) {
                b.append('+');
            }
            b.append(e.getKey().name().toLowerCase(Locale.ROOT));
            if (e.getValue() != 1) {
                b.append('=').append(e.getValue());
            }
        });
        return b.toString();
    }

    interface Picker {
        Kind next(RandomGenerator random);
    }
}
