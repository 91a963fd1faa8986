package dev.shopfloor.changefeed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client on a plain socket with a tiny receive buffer that subscribes and then stops reading,
 * like a phone on a dead network: the server's writes to it block.
 */
final class StalledClient implements AutoCloseable {

    private final Socket socket;

    private StalledClient(Socket socket) {
        this.socket = socket;
    }

    static StalledClient connect(int port, String token, String subscribe) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/sync HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                        + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                        + "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer " + token + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String head = readHead(socket.getInputStream());
        if (!head.startsWith("HTTP/1.1 101")) {
            throw new IOException("upgrade refused: " + head);
        }
        out.write(maskedTextFrame(subscribe.getBytes(StandardCharsets.UTF_8)));
        out.flush();
        return new StalledClient(socket);
    }

    /**
     * Starts reading again and returns everything received until the server closed the connection, or throws
     * when it is still open after {@code seconds}.
     */
    String drainUntilClosed(int seconds) throws IOException {
        StringBuilder text = new StringBuilder();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        byte[] buffer = new byte[64 * 1024];
        InputStream in = socket.getInputStream();
        socket.setSoTimeout(1000);
        while (System.nanoTime() < deadline) {
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    return text.toString();
                }
                text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            } catch (SocketTimeoutException e) {
                // still open: keep reading until the deadline
            } catch (IOException e) {
                return text.toString(); // reset by the server
            }
        }
        throw new IOException("the server did not close the stalled connection in " + seconds + " s");
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static byte[] maskedTextFrame(byte[] payload) {
        if (payload.length > 65535) {
            throw new IllegalArgumentException("too long for this test client");
        }
        boolean shortLength = payload.length < 126;
        byte[] frame = new byte[2 + (shortLength ? 0 : 2) + 4 + payload.length];
        frame[0] = (byte) 0x81;
        int i = 1;
        if (shortLength) {
            frame[i++] = (byte) (0x80 | payload.length);
        } else {
            frame[i++] = (byte) (0x80 | 126);
            frame[i++] = (byte) (payload.length >> 8);
            frame[i++] = (byte) payload.length;
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        System.arraycopy(mask, 0, frame, i, 4);
        i += 4;
        for (int j = 0; j < payload.length; j++) {
            frame[i + j] = (byte) (payload[j] ^ mask[j % 4]);
        }
        return frame;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
