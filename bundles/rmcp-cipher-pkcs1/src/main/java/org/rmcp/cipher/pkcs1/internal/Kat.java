package org.rmcp.cipher.pkcs1.internal;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.RSAPrivateKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Known answers shipped in the bundle: the published ciphertext is decrypted with the published key
 * and must give the published message, then a fresh encryption under the public key must decrypt.
 * OAEP: pyca/cryptography oaep-custom/oaep-sha256-sha256.txt, first (2048-bit) key, Example 1.
 * v1.5: RSA Laboratories pkcs1v15crypt-vectors.txt, Example 1 (1024-bit key), encryption 1.1.
 */
final class Kat {
    static final String OAEP_N = "b8e814a25ca64c8de16f73849a78c8b13bb086a407301604f674efb588ee7b996b1b6a2968625a2548e9ab01ce6a3699"
        + "907e303c8a02c9e40ea36bd6d8b2a74b1ee98fa8835a480dfc751fddc490e5a46707095356316587fc339196e4d7db70c7feae50a1263d"
        + "edd589bec009624193c7de4793dcdf830be3256c70de1f02f7a7d3503035fcb9625c40abb7445470203902ea045f337d31fcd28506e46c"
        + "d65560949f08cd90fedaabbcb6615b884737d3f5ad01e67cc0c2997af3328b3c80d5ee0a9aa40a9119bd7594fcfe2324728ea9a8f839e6"
        + "63467a0c44915d0275e34cf1c9605ad317c4573f57c85fd7e19e82cc6f77314e8db47a908a57e3e4418e45";
    static final String OAEP_D = "4af58aa7e7776341814a7542247d229ef6dbb1397dd0789cba6cdd60728a7b80ce72e6aeb2aa6c710105f9555a20a4d1"
        + "cc49dbb42f1ec249b9c5764a3abef222f9fd2547e3380e4ddd327e20a1373c61518300bcd00c6664a251258c4e6953847d0f3a0b65c8e3"
        + "022fb70fa53a28a2fd0de18692e2cf99889024f3b92dd2d49870a5de6f11827feade31bdc8889148968fad08b794007f68524a3bbce886"
        + "dee240cb18f0b14e22ebfe5b04a4f1a73c9ed56adc0881b9aca2a02a776a2df2843b3cca528c8dca70db0a72baa978e8e11ef833f29840"
        + "3003de5820cf6d54d58de1753aac48aae6911a55f9d393a829fd4169799365b7a4015c5911277937bb1501";
    static final String OAEP_MESSAGE = "6628194e12073db03ba94cda9ef9532397d50dba79b987004afefe34";
    static final String OAEP_CIPHERTEXT = "6afdbc76de74458198a9c890cc5abb52580af01c2096036dca104d67f96a05de682da5c26970a8"
        + "08343527440aa80b9d043045d7983f442a3d376e5b039bcfb96c1b5fd0e46b5fff85646273293ced5e7272993850017f24f6133591d5c978"
        + "8781a9952873ebfc45ad4d34fff2b4e9ababf49d9f9a3d7726bdce3eb2feb545db5cfef0b183bd55735a2d356b4278c5580ce0e4cfd21a0a"
        + "3ad3b225de388fcfd688394710f97d5a3933e01d434fcff732542390f8915d5d291780ed63d425c0bea5bb0ad25aae3a70355e3f45a443ea"
        + "111b80515b743d5bd226d339dc7516ce6c41414a0aa978198bc6762f443e957c7be5edbd25fcdd226c5d967fa05d7c9079";
    static final String V15_N = "a8b3b284af8eb50b387034a860f146c4919f318763cd6c5598c8ae4811a1e0abc4c7e0b082d693a5e7fced675cf46685"
        + "12772c0cbc64a742c6c630f533c8cc72f62ae833c40bf25842e984bb78bdbf97c0107d55bdb662f5c4e0fab9845cb5148ef7392dd3aaff"
        + "93ae1e6b667bb3d4247616d4f5ba10d4cfd226de88d39f16fb";
    static final String V15_D = "53339cfdb79fc8466a655c7316aca85c55fd8f6dd898fdaf119517ef4f52e8fd8e258df93fee180fa0e4ab29693cd83b"
        + "152a553d4ac4d1812b8b9fa5af0e7f55fe7304df41570926f3311f15c4d65a732c483116ee3d3d2d0af3549ad9bf7cbfb78ad884f84d5b"
        + "eb04724dc7369b31def37d0cf539e9cfcdd3de653729ead5d1";
    static final String V15_MESSAGE = "6628194e12073db03ba94cda9ef9532397d50dba79b987004afefe34";
    static final String V15_CIPHERTEXT = "50b4c14136bd198c2f3c3ed243fce036e168d56517984a263cd66492b80804f169d210f2b9bdfb"
        + "48b12f9ea05009c77da257cc600ccefe3a6283789d8ea0e607ac58e2690ec4ebc10146e8cbaa5ed4d5cce6fe7b0ff9efc1eabb564dbf4982"
        + "85f449ee61dd7b42ee5b5892cb90601f30cda07bf26489310bcd23b528ceab3c31";
    static final BigInteger E = BigInteger.valueOf(65537);

    private Kat() {
    }

    static void run(RsaTransport transport, boolean v15) throws GeneralSecurityException {
        String source = v15 ? "pkcs1v15crypt-vectors Example 1.1" : "pyca oaep-sha256-sha256 Example 1";
        BigInteger n = new BigInteger(v15 ? V15_N : OAEP_N, 16);
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PrivateKey privateKey = rsa.generatePrivate(new RSAPrivateKeySpec(n, new BigInteger(v15 ? V15_D : OAEP_D, 16)));
        PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(n, E));
        HexFormat hex = HexFormat.of();
        byte[] message = hex.parseHex(v15 ? V15_MESSAGE : OAEP_MESSAGE);
        byte[] published = hex.parseHex(v15 ? V15_CIPHERTEXT : OAEP_CIPHERTEXT);
        if (!Arrays.equals(message, decrypt(transport, privateKey, published))) {
            throw new GeneralSecurityException(Pkcs1Algorithm.NAME + " self-test failed: " + source + " (decrypt)");
        }
        ByteBuffer fresh = ByteBuffer.allocate(published.length);
        transport.encrypt(transport.newCipher(), publicKey, ByteBuffer.wrap(message), fresh);
        if (!Arrays.equals(message, decrypt(transport, privateKey, fresh.array()))) {
            throw new GeneralSecurityException(Pkcs1Algorithm.NAME + " self-test failed: " + source + " (encrypt)");
        }
    }

    private static byte[] decrypt(RsaTransport transport, PrivateKey key, byte[] ciphertext) throws GeneralSecurityException {
        ByteBuffer out = ByteBuffer.allocate(ciphertext.length);
        int n = transport.decrypt(transport.newCipher(), key, ByteBuffer.wrap(ciphertext), out);
        return Arrays.copyOf(out.array(), n);
    }
}
