package org.rmcp.cipher.pkcs1.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.interfaces.RSAKey;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rmcp.cipher.pkcs1.internal.RsaVectors.Case;

/** Published RSA ciphertexts decrypted with the published keys (RSA Laboratories and pyca vectors). */
class Pkcs1KatTest {
    static List<Case> oaepSha1() {
        return RsaVectors.read("/vectors/pkcs1-v2.1/oaep-vect.txt");
    }

    static List<Case> v15() {
        return RsaVectors.read("/vectors/pkcs1-v2.1/pkcs1v15crypt-vectors.txt");
    }

    static List<Case> oaepSha256() {
        return RsaVectors.read("/vectors/pyca-oaep-sha2/oaep-sha256-sha256.txt");
    }

    private static byte[] decrypt(RsaTransport transport, Case c) throws GeneralSecurityException {
        ByteBuffer out = ByteBuffer.allocate(c.encryption().length);
        int n = transport.decrypt(transport.newCipher(), c.privateKey(), ByteBuffer.wrap(c.encryption()), out);
        return Arrays.copyOf(out.array(), n);
    }

    private static int bits(Case c) {
        return ((RSAKey) c.privateKey()).getModulus().bitLength();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oaepSha1")
    void oaepWithSha1DecryptsRsaLabsExamples(Case c) throws GeneralSecurityException {
        RsaTransport sha1 = RsaTransport.oaep("SHA-1");
        assertArrayEquals(c.message(), decrypt(sha1, c));
        if (bits(c) >= Pkcs1Algorithm.MIN_MODULUS_BITS) { // Example 10 also passes the component's key policy
            assertArrayEquals(c.message(), new Pkcs1Algorithm(sha1, false, 2048).decrypt(c.privateKey(), c.encryption()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("v15")
    void v15DecryptsRsaLabsExamplesButTheComponentRefusesTheir1024BitKey(Case c) throws GeneralSecurityException {
        assertArrayEquals(c.message(), decrypt(RsaTransport.v15(), c));
        Pkcs1Algorithm alg = new Pkcs1Algorithm(RsaTransport.v15(), true, 2048);
        assertThrows(InvalidKeyException.class, () -> alg.decrypt(c.privateKey(), c.encryption()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oaepSha256")
    void defaultComponentDecryptsTheSha256Examples(Case c) throws GeneralSecurityException {
        Pkcs1Algorithm alg = new Pkcs1Algorithm();
        assertArrayEquals(c.message(), alg.decrypt(c.privateKey(), c.encryption()));
        assertArrayEquals(c.message(), alg.decrypt(c.privateKey(), alg.encrypt(c.publicKey(), c.message())));
        // a SHA-1 OAEP reading of the same block must fail: the hash choice is really in force
        assertThrows(GeneralSecurityException.class, () -> decrypt(RsaTransport.oaep("SHA-1"), c));
    }
}
