package dev.preflight.commands.template;

import java.text.Normalizer;
import java.util.Locale;

/** What users type for a name: "Check disk space" is {@code check-disk-space}, "DevOps/Sysadmin" {@code devops-sysadmin}. */
final class Slug {

    private Slug() {
    }

    static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
