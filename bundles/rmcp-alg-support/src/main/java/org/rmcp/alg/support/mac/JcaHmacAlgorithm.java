package org.rmcp.alg.support.mac;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rmcp.alg.support.AbstractSecurityAlgorithm;
import org.rmcp.alg.support.Jca;
import org.rmcp.spi.mac.AuthAlgorithm;

/**
 * An AUTH_ID algorithm of X.603.1 Amd.1 Table 17 that is RFC 2104 HMAC over a JCA digest, with one
 * {@link Mac} and one {@link MessageDigest} cached per calling thread. A bundle's DS component
 * extends it with its code, name, JCA names and known-answer vectors.
 */
public abstract class JcaHmacAlgorithm extends AbstractSecurityAlgorithm implements AuthAlgorithm {
    private final String jcaMac;
    private final int length;
    private final ThreadLocal<Mac> macs;
    private final ThreadLocal<MessageDigest> digests;
    /** The key each thread's {@link Mac} was last initialised with (doFinal resets it to that key). */
    private final ThreadLocal<byte[]> lastKeys = new ThreadLocal<>();

    /**
     * @param code the AUTH_ID
     * @param name the human name, e.g. {@code HMAC-SHA1}
     * @param jcaMac the JCA MAC algorithm, e.g. {@code HmacSHA1}
     * @param jcaDigest the JCA digest behind it, e.g. {@code SHA-1}, used by {@link #digest}
     * @param length tag and digest length in bytes
     */
    protected JcaHmacAlgorithm(int code, String name, String jcaMac, String jcaDigest, int length) {
        super(code, name);
        this.jcaMac = jcaMac;
        this.length = length;
        this.macs = Jca.perThreadMac(jcaMac);
        this.digests = Jca.perThreadDigest(jcaDigest);
    }

    @Override
    public final int macLength() {
        return length;
    }

    @Override
    public final int digestLength() {
        return length;
    }

    /** @throws InvalidKeyException for an empty key (RFC 2104 keys are at least one byte here) */
    @Override
    public final byte[] mac(byte[] key, ByteBuffer... data) throws GeneralSecurityException {
        if (key.length == 0) {
            throw new InvalidKeyException(name() + ": empty key");
        }
        Mac mac = macs.get();
        byte[] last = lastKeys.get();
        // re-keying costs two compression calls: skip it when the thread's Mac already holds this key
        if (last == null || !MessageDigest.isEqual(last, key)) {
            mac.init(new SecretKeySpec(key, jcaMac));
            lastKeys.set(key.clone());
        }
        for (ByteBuffer b : data) {
            mac.update(b.duplicate());
        }
        return mac.doFinal();
    }

    @Override
    public final byte[] digest(ByteBuffer data) {
        MessageDigest md = digests.get();
        md.reset();
        md.update(data.duplicate());
        return md.digest();
    }

    /** Runs {@link #mac} over every vector of {@code macVectors} and {@link #digest} over {@code digestVectors}. */
    protected final void selfTest(List<KatVector> macVectors, List<KatVector> digestVectors) throws GeneralSecurityException {
        for (KatVector v : macVectors) {
            v.check(name(), mac(v.key(), ByteBuffer.wrap(v.data())));
        }
        for (KatVector v : digestVectors) {
            v.check(name(), digest(ByteBuffer.wrap(v.data())));
        }
    }
}
