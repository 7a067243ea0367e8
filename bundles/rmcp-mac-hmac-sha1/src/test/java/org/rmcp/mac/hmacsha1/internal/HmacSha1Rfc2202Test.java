package org.rmcp.mac.hmacsha1.internal;

import org.rmcp.spi.mac.AuthAlgorithm;
import org.rmcp.testkit.Rfc2202Contract;

/** RFC 2202 section 3: the seven HMAC-SHA-1 test cases and bit-flip tamper checks. */
class HmacSha1Rfc2202Test extends Rfc2202Contract {
    private final HmacSha1Algorithm alg = new HmacSha1Algorithm();

    @Override
    protected AuthAlgorithm algorithm() {
        return alg;
    }

    @Override
    protected String vectorFile() {
        return "/vectors/rfc2202/hmac-sha1.txt";
    }
}
