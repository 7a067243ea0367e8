package org.rmcp.transport.internal.tls;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ProtocolVersion;
import org.rmcp.transport.TlsConfig;

/** The cipher suites and versions we offer, strongest first, with their IANA names. */
final class Suites {
    /** TLS 1.3 suites usable with an external PSK (SHA-256 PRF, RFC 8446 4.2.11). */
    static final int[] TLS13_PSK = {CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_CHACHA20_POLY1305_SHA256};
    /** TLS 1.3 suites with certificates. */
    static final int[] TLS13 = {CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384,
        CipherSuite.TLS_CHACHA20_POLY1305_SHA256};
    /** TLS 1.2 PSK: forward-secret RFC 5489/4279 suites first, then plain PSK (RFC 5487). */
    static final int[] TLS12_PSK = {CipherSuite.TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256, CipherSuite.TLS_DHE_PSK_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_DHE_PSK_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_DHE_PSK_WITH_AES_128_CBC_SHA256,
        CipherSuite.TLS_PSK_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_PSK_WITH_AES_256_GCM_SHA384};
    /** TLS 1.2 with an EC (ECDSA) certificate. */
    static final int[] TLS12_ECDSA = {CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256};
    /** TLS 1.2 with an RSA certificate. */
    static final int[] TLS12_RSA = {CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256};

    private static final Map<Integer, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(CipherSuite.TLS_AES_128_GCM_SHA256, "TLS_AES_128_GCM_SHA256");
        NAMES.put(CipherSuite.TLS_AES_256_GCM_SHA384, "TLS_AES_256_GCM_SHA384");
        NAMES.put(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, "TLS_CHACHA20_POLY1305_SHA256");
        NAMES.put(CipherSuite.TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256, "TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256");
        NAMES.put(CipherSuite.TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256, "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256");
        NAMES.put(CipherSuite.TLS_DHE_PSK_WITH_AES_128_GCM_SHA256, "TLS_DHE_PSK_WITH_AES_128_GCM_SHA256");
        NAMES.put(CipherSuite.TLS_DHE_PSK_WITH_AES_256_GCM_SHA384, "TLS_DHE_PSK_WITH_AES_256_GCM_SHA384");
        NAMES.put(CipherSuite.TLS_DHE_PSK_WITH_AES_128_CBC_SHA256, "TLS_DHE_PSK_WITH_AES_128_CBC_SHA256");
        NAMES.put(CipherSuite.TLS_PSK_WITH_AES_128_GCM_SHA256, "TLS_PSK_WITH_AES_128_GCM_SHA256");
        NAMES.put(CipherSuite.TLS_PSK_WITH_AES_256_GCM_SHA384, "TLS_PSK_WITH_AES_256_GCM_SHA384");
        NAMES.put(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
        NAMES.put(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384");
        NAMES.put(CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
                "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256");
        NAMES.put(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
        NAMES.put(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
        NAMES.put(CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
    }

    private Suites() {
    }

    /** @return the suites for the configured versions: TLS 1.3 ones (if enabled) then TLS 1.2 ones */
    static int[] select(Set<TlsConfig.Version> versions, int[] tls13, int[] tls12) {
        boolean v13 = versions.contains(TlsConfig.Version.TLS_1_3);
        boolean v12 = versions.contains(TlsConfig.Version.TLS_1_2);
        int[] out = new int[(v13 ? tls13.length : 0) + (v12 ? tls12.length : 0)];
        if (v13) {
            System.arraycopy(tls13, 0, out, 0, tls13.length);
        }
        if (v12) {
            System.arraycopy(tls12, 0, out, out.length - tls12.length, tls12.length);
        }
        return out;
    }

    /** @return the BC versions, latest first */
    static ProtocolVersion[] versions(Set<TlsConfig.Version> versions) {
        if (versions.size() == 2) {
            return ProtocolVersion.TLSv13.downTo(ProtocolVersion.TLSv12);
        }
        return versions.contains(TlsConfig.Version.TLS_1_3) ? ProtocolVersion.TLSv13.only()
                : ProtocolVersion.TLSv12.only();
    }

    /** @return e.g. {@code TLSv1.3 TLS_AES_128_GCM_SHA256} */
    static String describe(ProtocolVersion version, int suite) {
        return version.getName().replace(" ", "v") + " " + NAMES.getOrDefault(suite, String.format("0x%04X", suite));
    }
}
