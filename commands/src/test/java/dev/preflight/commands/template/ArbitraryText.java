package dev.preflight.commands.template;

import java.util.Random;

/** Random text built from Markdown fragments, template lines, unicode and control characters. */
final class ArbitraryText {
    private static final String[] FRAGMENTS = {"# Title", "## Section", "## Security", "### ✅ Sub", "### Sub",
        "#", "##", "###", "####", "- [ ] item", "- [x] done `code`", "* [X] star", "1. [ ] step", "12) [ ] step",
        "0. [ ] zero", "- plain bullet", "- [ ]", "- [ ]x", "  - [ ] nested", "    indented code", "```", "```bash",
        "~~~", "````", "``` env", "# 1. Stop app", "# Check disk", "git revert <commit-hash>", "df -h",
        "mysql < backup.sql", "A=1", "SECRET_KEY=<key>", "## Production Environment Variables",
        "## Monitoring Commands", "## Rollback Plan", "## Regular Maintenance", "### Daily", "### Weekly",
        "### Yearly", "## Sign-Off", "- Project Manager: ____ Date: ___", "- : x", "**Last Updated:** today",
        "**Version:** 1.0", "**Version:**", "---", "===", "***", "> quote", "> - [ ] quoted box", "<div>",
        "<!-- comment -->", "<!--", "-->", "[x]: https://x.example", "Some prose (optional)", "(if applicable)",
        "\t- [ ] tab", "\\", "\\#", "`", "[", "]", "<", ">", "&#0;", "\u0000", "\u000B\f", "\u2028", "\uFEFF",
        "\uD800", "\uDC00", "🚀", "✅ Done", "ä̈", "  ", "", "", ""};

    private ArbitraryText() {
    }

    static String document(Random random) {
        StringBuilder text = new StringBuilder();
        int lines = random.nextInt(40);
        for (int i = 0; i < lines; i++) {
            text.append(line(random)).append(pick(random, new String[] {"\n", "\n", "\n", "\r\n", "\r"}));
        }
        return text.toString();
    }

    static String line(Random random) {
        StringBuilder line = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            line.append(random.nextInt(5) == 0 ? junk(random) : pick(random, FRAGMENTS));
            if (random.nextBoolean()) {
                line.append(' ');
            }
        }
        return line.toString();
    }

    static byte[] bytes(Random random) {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String junk(Random random) {
        StringBuilder junk = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--) {
            int kind = random.nextInt(4);
            int codePoint = kind == 0 ? random.nextInt(0x20) : kind == 1 ? 0x20 + random.nextInt(0x5F)
                    : kind == 2 ? random.nextInt(0x3000) : 0x1F300 + random.nextInt(0x300);
            junk.appendCodePoint(codePoint);
        }
        return junk.toString();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
