package org.rmcp.mac.md5.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import org.osgi.service.component.annotations.Component;
import org.rmcp.alg.support.AbstractSecurityAlgorithm;
import org.rmcp.alg.support.Jca;
import org.rmcp.alg.support.mac.KatVector;
import org.rmcp.api.alg.AlgorithmName;
import org.rmcp.api.alg.AuthId;
import org.rmcp.api.alg.AuthIds;
import org.rmcp.spi.mac.AuthAlgorithm;

/**
 * AUTH_ID 0x03, "MD5" (X.603.1 Amd.1 Table 17), as the keyed-prefix MAC {@code MD5(key || data)}.
 * <b>Weak</b>, kept only to talk to peers that insist on it: one tag lets anyone forge the tag
 * of {@code data || MD5 padding || suffix} without the key (length extension), the key/data
 * boundary is not encoded (key "a" + "bc" tags like key "" + "abc"), and MD5 collisions are
 * practical. Use HMAC-SHA1 (0x01) instead.
 */
// our choice: Table 17 names only "MD5"; a keyed prefix is the plain way to key it (see design/rmcp2-basic.md)
@Component(service = AuthAlgorithm.class)
@AuthId(AuthIds.MD5)
@AlgorithmName(Md5Algorithm.NAME)
public final class Md5Algorithm extends AbstractSecurityAlgorithm implements AuthAlgorithm {
    static final String NAME = "MD5 keyed prefix (weak: length extension)";
    private static final String JCA_DIGEST = "MD5";
    private static final int LENGTH = 16;

    // a JDK class only (no class of this bundle), so a thread outliving the bundle pins nothing of it
    private final ThreadLocal<MessageDigest> digests = Jca.perThreadDigest(JCA_DIGEST);

    public Md5Algorithm() {
        super(AuthIds.MD5, NAME);
    }

    @Override
    public boolean weak() {
        return true;
    }

    @Override
    public int macLength() {
        return LENGTH;
    }

    @Override
    public int digestLength() {
        return LENGTH;
    }

    /** {@code MD5(key || data...)}; an empty key is accepted (the tag is then plain MD5). */
    @Override
    public byte[] mac(byte[] key, ByteBuffer... data) {
        MessageDigest md = digests.get();
        md.reset();
        md.update(key);
        for (ByteBuffer b : data) {
            md.update(b.duplicate());
        }
        return md.digest();
    }

    @Override
    public boolean verify(byte[] key, byte[] tag, ByteBuffer... data) {
        return MessageDigest.isEqual(mac(key, data), tag);
    }

    @Override
    public byte[] digest(ByteBuffer data) {
        return mac(new byte[0], data);
    }

    @Override
    public void selfTest() throws GeneralSecurityException {
        for (KatVector v : Kat.VECTORS) {
            v.check("MD5", mac(v.key(), ByteBuffer.wrap(v.data())));
        }
    }
}
