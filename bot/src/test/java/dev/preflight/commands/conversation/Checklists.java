package dev.preflight.commands.conversation;

import dev.preflight.commands.template.BundledTemplate;

/**
 * The checklists the tests start deployments from: the bundled one (181 items, 169 required; Code Quality 1-6,
 * Testing 7-14, "Database" both at 15-20 and 58-62, Analytics (Optional) 142-145, Deployment Process 160-181)
 * and a small hotfix checklist.
 */
final class Checklists {

    static final String BUNDLED = BundledTemplate.source();
    static final int ITEMS = 181;
    static final int REQUIRED = 169;
    /** Every required item of the bundled checklist; the optional ones (14, 54, 69, 114-115, 136, 142-145, 153-154) are left out. */
    static final String REQUIRED_ITEMS = "1-13 15-53 55-68 70-113 116-135 137-141 146-152 155-181";

    static final String HOTFIX = """
            # Hotfix Checklist

            ## Hotfix

            ### ✅ Checks
            - [ ] Reproduce the bug
            - [ ] Fix verified on staging

            ## Sign-Off

            - Dev Lead: _____________________ Date: _______
            """;

    private Checklists() {
    }
}
