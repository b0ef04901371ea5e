package dev.preflight.commands.template;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a template file's bytes into text: at most {@link #MAX_BYTES}, strictly UTF-8, without BOM. */
final class TemplateInput {
    static final int MAX_BYTES = 1 << 20;

    private TemplateInput() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(lineAt(bytes, MAX_BYTES));
        }
        int start = hasBom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new TemplateException(lineAt(bytes, in.position()), "the template is not UTF-8 text (byte "
                    + (in.position() + 1) + "); save it as UTF-8");
        }
        return out.flip().toString();
    }

    /** Checks a template given as text against the same size limit as a file; the text is already decoded. */
    static String check(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            if (bytes > MAX_BYTES) {
                throw tooLarge(lineAt(text, i));
            }
        }
        return text;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static TemplateException tooLarge(int line) {
        return new TemplateException(line, "the template is larger than 1 MiB (" + MAX_BYTES
                + " bytes) from this line on; split it or shorten it");
    }

    /** The 1-based line that byte {@code end} is on, counting line breaks as CommonMark does. */
    private static int lineAt(byte[] bytes, int end) {
        int line = 1;
        for (int i = 0; i < end && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static int lineAt(CharSequence text, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }
}
