package dev.preflight.bench.load;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Signs a request body as Slack does: {@code v0=} and the hex HMAC-SHA256, keyed by the signing secret, of
 * {@code v0:<timestamp>:<body>}. One instance per thread ({@link Mac} is not thread-safe).
 */
final class Signer {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Mac mac;

    Signer(String secret) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    String sign(long timestamp, byte[] body) {
        mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
        byte[] digest = mac.doFinal(body);
        char[] out = new char[3 + digest.length * 2];
        out[0] = 'v';
        out[1] = '0';
        out[2] = '=';
        for (int i = 0; i < digest.length; i++) {
            out[3 + 2 * i] = HEX[(digest[i] >> 4) & 0xf];
            out[4 + 2 * i] = HEX[digest[i] & 0xf];
        }
        return new String(out);
    }
}
