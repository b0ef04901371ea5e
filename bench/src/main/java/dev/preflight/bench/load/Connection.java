package dev.preflight.bench.load;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One persistent HTTP/1.1 connection over a plain socket, the cheapest client there is: a request is written
 * as prepared bytes and the response is read just far enough to know its status and skip its body. It
 * reconnects when the server closes the connection.
 */
final class Connection implements Closeable {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final InetSocketAddress address;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    Connection(InetSocketAddress address) {
        this.address = address;
    }

    /** Sends {@code head} (request line and headers, ending in an empty line) and {@code body}; returns the status. */
    int exchange(byte[] head, byte[] body) throws IOException {
        if (socket == null) {
            open();
        }
        out.write(head);
        out.write(body);
        out.flush();
        return readResponse();
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.connect(address, TIMEOUT_MILLIS);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    private int readResponse() throws IOException {
        String statusLine = line();
        if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> close = value.contains("close");
                default -> { }
            }
        }
        if (chunked) {
            skipChunks();
        } else if (length >= 0) {
            skip(length);
        } else if (status != 204 && status != 304) {
            close = true;
            in.transferTo(OutputStream.nullOutputStream());
        }
        if (close) {
            close();
        }
        return status;
    }

    private void skipChunks() throws IOException {
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            long n = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                while (!line().isEmpty()) {
                    // trailers
                }
                return;
            }
            skip(n);
            line();
        }
    }

    private void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the response ended early");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder(64);
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (c == '\n') {
                int end = b.length();
                if (end > 0 && b.charAt(end - 1) == '\r') {
                    b.setLength(end - 1);
                }
                return b.toString();
            }
            b.append((char) c);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // a broken connection is dropped either way
            }
            socket = null;
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
