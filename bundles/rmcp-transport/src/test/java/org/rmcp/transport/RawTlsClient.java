package org.rmcp.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.tls.PSKTlsClient;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * A hostile or hand-driven MA for tests: BC's blocking TLS 1.2 PSK client over a plain socket,
 * writing whatever bytes a test wants inside the TLS session.
 */
final class RawTlsClient implements AutoCloseable {
    private final Socket socket;
    private final TlsClientProtocol tls;
    private final Client client;

    RawTlsClient(InetSocketAddress server, String identity, byte[] key) throws IOException {
        socket = new Socket(server.getAddress(), server.getPort());
        socket.setSoTimeout((int) Fixtures.WAIT_S * 1000);
        client = new Client(identity, key);
        tls = new TlsClientProtocol(socket.getInputStream(), socket.getOutputStream());
        tls.connect(client);
    }

    byte[] ktls() {
        return client.ktls;
    }

    /** @return the next whole frame the SM sends, by its Length (X.603.1 Amd.1 11.1) */
    byte[] readFrame() throws IOException {
        java.io.DataInputStream in = new java.io.DataInputStream(in());
        byte[] head = new byte[4];
        in.readFully(head);
        int len = (head[2] & 0xFF) << 8 | head[3] & 0xFF;
        byte[] frame = java.util.Arrays.copyOf(head, len);
        in.readFully(frame, 4, len - 4);
        return frame;
    }

    void write(byte[] bytes) throws IOException {
        tls.getOutputStream().write(bytes);
        tls.getOutputStream().flush();
    }

    /** @return the next bytes the SM sends, or -1 at the end of the stream */
    int read(byte[] into) throws IOException {
        return tls.getInputStream().read(into);
    }

    InputStream in() {
        return tls.getInputStream();
    }

    @Override
    public void close() throws IOException {
        try {
            tls.close();
        } finally {
            socket.close();
        }
    }

    private static final class Client extends PSKTlsClient {
        volatile byte[] ktls;

        Client(String identity, byte[] key) {
            super(new BcTlsCrypto(new SecureRandom()), identity.getBytes(StandardCharsets.UTF_8), key.clone());
        }

        @Override
        public void notifyHandshakeComplete() throws IOException {
            super.notifyHandshakeComplete();
            ktls = context.exportKeyingMaterial("EXPORTER-RMCP2-KTLS", null, 32);
        }
    }
}
