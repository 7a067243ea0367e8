package org.rmcp.mac.hmacmd5.internal;

import org.rmcp.spi.mac.AuthAlgorithm;
import org.rmcp.testkit.Rfc2202Contract;

/** RFC 2202 section 2: the seven HMAC-MD5 test cases and bit-flip tamper checks. */
class HmacMd5Rfc2202Test extends Rfc2202Contract {
    private final HmacMd5Algorithm alg = new HmacMd5Algorithm();

    @Override
    protected AuthAlgorithm algorithm() {
        return alg;
    }

    @Override
    protected String vectorFile() {
        return "/vectors/rfc2202/hmac-md5.txt";
    }
}
