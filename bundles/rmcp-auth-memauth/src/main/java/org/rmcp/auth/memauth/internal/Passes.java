package org.rmcp.auth.memauth.internal;

import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Wire form of the three MEM_AUTH passes (X.603.1 Amd.1 Annex E; the figures are missing, so
 * the layout is our choice, see design/rmcp2-basic.md). Every length is checked before it is read:
 * <pre>
 * pass 1: 0x01 | len(1) | IDc(len) | rc(32) | E_k(g^A)(256)
 * pass 2: 0x02 | len(1) | IDs(len) | rs(32) | E_k(g^B)(256) | Vs(32)
 * pass 3: 0x03 | Vc(32)
 * </pre>
 */
final class Passes {
    static final int NONCE = 32;
    static final int TAG = 32;
    static final int MAX_ID = 255;

    private Passes() {
    }

    /** Pass 1 or the body of pass 2 (everything but Vs). */
    record Hello(int type, byte[] id, byte[] nonce, byte[] sealed) {
        byte[] encode() {
            byte[] out = new byte[2 + id.length + NONCE + Ffdhe2048.LENGTH];
            out[0] = (byte) type;
            out[1] = (byte) id.length;
            System.arraycopy(id, 0, out, 2, id.length);
            System.arraycopy(nonce, 0, out, 2 + id.length, NONCE);
            System.arraycopy(sealed, 0, out, 2 + id.length + NONCE, Ffdhe2048.LENGTH);
            return out;
        }
    }

    static Hello decodePass1(byte[] b) throws GeneralSecurityException {
        Reader r = new Reader(b, 1);
        Hello h = r.hello();
        r.end();
        return h;
    }

    /** @return the body of pass 2; its Vs is the last {@link #TAG} bytes of {@code b} */
    static Hello decodePass2(byte[] b) throws GeneralSecurityException {
        Reader r = new Reader(b, 2);
        Hello h = r.hello();
        r.bytes(TAG, "Vs");
        r.end();
        return h;
    }

    /** @return Vc */
    static byte[] decodePass3(byte[] b) throws GeneralSecurityException {
        Reader r = new Reader(b, 3);
        byte[] vc = r.bytes(TAG, "Vc");
        r.end();
        return vc;
    }

    static byte[] encodePass3(byte[] vc) {
        byte[] out = new byte[1 + TAG];
        out[0] = 3;
        System.arraycopy(vc, 0, out, 1, TAG);
        return out;
    }

    /** Checked cursor: every read names the pass and field it failed on. */
    private static final class Reader {
        private final byte[] b;
        private final int pass;
        private int pos;

        Reader(byte[] b, int pass) throws GeneralSecurityException {
            this.pass = pass;
            if (b == null) {
                throw error("missing");
            }
            this.b = b;
            int type = bytes(1, "type")[0] & 0xff;
            if (type != pass) {
                throw error("type 0x" + Integer.toHexString(type) + ", expected 0x0" + pass);
            }
        }

        Hello hello() throws GeneralSecurityException {
            int len = bytes(1, "identity length")[0] & 0xff;
            if (len == 0) {
                throw error("identity length 0");
            }
            return new Hello(pass, bytes(len, "identity"), bytes(NONCE, "nonce"), bytes(Ffdhe2048.LENGTH, "E_k(g^x)"));
        }

        byte[] bytes(int n, String field) throws GeneralSecurityException {
            if (b.length - pos < n) {
                throw error("truncated in " + field + ": needs " + n + " bytes, " + (b.length - pos) + " left");
            }
            pos += n;
            return Arrays.copyOfRange(b, pos - n, pos);
        }

        void end() throws GeneralSecurityException {
            if (pos != b.length) {
                throw error((b.length - pos) + " trailing bytes");
            }
        }

        private GeneralSecurityException error(String what) {
            return new GeneralSecurityException("MEM_AUTH pass " + pass + " malformed: " + what);
        }
    }
}
