package dev.preflight.bot.slack.fake;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The fake Slack Web API as a process of its own, for trying {@code preflight serve} by hand:
 * prints its API URL, then on each line read prints what the workspace shows ({@code messages}, {@code ephemerals},
 * {@code violations}) until {@code quit}.
 */
public final class FakeSlackMain {

    private FakeSlackMain() {
    }

    public static void main(String[] args) throws Exception {
        String token = args.length > 0 ? args[0] : "xoxb-local-fake";
        try (FakeSlack slack = FakeSlack.start(token)) {
            System.out.println("SLACK_API_URL=" + slack.apiUrl());
            System.out.println("response_url=" + slack.responseUrl());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                switch (line.strip()) {
                    case "messages" -> slack.workspace().all().forEach(m -> System.out.println(
                            m.channel() + " " + m.ts() + m.threadTs().map(t -> " (thread " + t + ")").orElse("")
                                    + "\n" + m.visibleText().indent(4)));
                    case "ephemerals" -> slack.workspace().ephemerals().forEach(System.out::println);
                    case "violations" -> System.out.println(slack.workspace().violations());
                    default -> System.out.println("type messages, ephemerals, violations or quit");
                }
                System.out.flush();
            }
        }
    }
}
