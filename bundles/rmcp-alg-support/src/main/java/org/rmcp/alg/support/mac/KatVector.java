package org.rmcp.alg.support.mac;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One known-answer vector a bundle ships for {@link org.rmcp.spi.SecurityAlgorithm#selfTest()}:
 * key (empty for an unkeyed digest), message and the published output, plus the helpers to type
 * published values exactly as their source prints them.
 */
public record KatVector(String name, byte[] key, byte[] data, byte[] expected) {
    /**
     * @param algorithm the algorithm's name, for the failure message
     * @throws GeneralSecurityException naming this vector if {@code actual} is not the published output
     */
    public void check(String algorithm, byte[] actual) throws GeneralSecurityException {
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new GeneralSecurityException(algorithm + " self test failed: " + name);
        }
    }

    /** @return the bytes of a hex string such as {@code "0b0b0b"} */
    public static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    /** @return the US-ASCII bytes of a published text such as {@code "Hi There"} */
    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** @return {@code count} bytes of value {@code b}, as in RFC 2202's "0xaa repeated 80 times" */
    public static byte[] repeat(int b, int count) {
        byte[] out = new byte[count];
        Arrays.fill(out, (byte) b);
        return out;
    }
}
