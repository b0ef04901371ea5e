package dev.preflight.commands.template;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** What users type for a name: "Check disk space" is {@code check-disk-space}, "DevOps/Sysadmin" {@code devops-sysadmin}. */
final class Slug {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Slug() {
    }

    static String of(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String dashed = SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        return EDGE_DASHES.matcher(dashed).replaceAll("");
    }
}
