package dev.preflight.commands.rollback;

import java.util.List;

/** Values an attacker might give a rollback parameter, each trying to run something or smuggle an option. */
final class InjectionCorpus {

    private InjectionCorpus() {
    }

    static final List<String> PAYLOADS = List.of(
            "abc1234; touch /tmp/pwned",
            "abc1234;touch${IFS}canary",
            "abc1234 && touch canary",
            "abc1234 || touch canary",
            "abc1234 | tee canary",
            "abc1234 > canary",
            "abc1234 < /etc/passwd",
            "$(touch canary)",
            "${PATH}",
            "`touch canary`",
            "abc1234\ntouch canary",
            "abc1234\rtouch canary",
            "abc1234\u0000touch canary",
            "abc1234'; touch canary; echo '",
            "abc1234\"; touch canary; echo \"",
            "abc1234 'quoted'",
            "--exec=touch canary",
            "-rf",
            "--upload-pack=touch canary",
            "abc1234\uff1b touch canary",
            "abc1234\uff06\uff06touch canary",
            "abc1234\u037e touch canary",
            "abc1234\u2028touch canary",
            "abc1234\u200b",
            "abc1234\u202e",
            "abc1234 &",
            "*",
            "~root",
            "abc 1234",
            "abc1234\ttouch canary",
            "!!",
            "abc1234#comment",
            "");
}
