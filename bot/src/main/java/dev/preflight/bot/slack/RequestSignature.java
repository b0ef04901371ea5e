package dev.preflight.bot.slack;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Slack's request signing: {@code X-Slack-Signature} is {@code v0=} and the hex HMAC-SHA256, keyed with the
 * signing secret, of {@code v0:<X-Slack-Request-Timestamp>:<body>}; a request more than five minutes old is
 * refused. Checked here over the body's raw bytes, so the JVM's default charset never matters (Bolt's own
 * check encodes with it, which breaks non-ASCII bodies under a non-UTF-8 locale on Java 17).
 */
final class RequestSignature {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final SecretKeySpec key;
    private final Clock clock;

    RequestSignature(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    /** True when {@code signature} signs {@code body} sent at {@code timestamp}, and that was recently. */
    boolean verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
        if (Math.abs(age) > MAX_AGE.toSeconds()) {
            return false;
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(mac(timestamp, body))).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new AssertionError("HmacSHA256 is part of every JDK", e);
        }
    }
}
