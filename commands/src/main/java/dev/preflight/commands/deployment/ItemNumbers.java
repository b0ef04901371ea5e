package dev.preflight.commands.deployment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Writes item numbers the way users type them: {@code 3, 5, 7-9}. */
public final class ItemNumbers {

    private ItemNumbers() {
    }

    public static String compact(Collection<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        Integer first = null;
        Integer last = null;
        for (int n : new TreeSet<>(numbers)) {
            if (last != null && n == last + 1) {
                last = n;
                continue;
            }
            if (first != null) {
                parts.add(span(first, last));
            }
            first = n;
            last = n;
        }
        if (first != null) {
            parts.add(span(first, last));
        }
        return String.join(", ", parts);
    }

    /** Like {@link #compact} but at most {@code limit} parts, then "…". */
    public static String compact(Collection<Integer> numbers, int limit) {
        String all = compact(numbers);
        String[] parts = all.split(", ");
        if (parts.length <= limit) {
            return all;
        }
        return String.join(", ", List.of(parts).subList(0, limit)) + ", …";
    }

    private static String span(int first, int last) {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
