package org.rmcp.cipher.pkcs1.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Configuration of PID {@code org.rmcp.cipher.pkcs1}; every key is optional. */
@ObjectClassDefinition(name = "Secure RMCP-2 cipher: PKCS #1",
    description = "RSA key transport for EN_DEC_ID 0x03 (X.603.1 Amd.1 Table 16)")
public @interface Pkcs1Config {
    @AttributeDefinition(description = "RSA padding. v1.5 is weak (padding-oracle attacks) and kept only for peers without OAEP",
        options = {
            @Option(label = "RSAES-OAEP, SHA-256 and MGF1-SHA-256 (default)", value = "oaep"),
            @Option(label = "RSAES-PKCS1-v1_5 (weak)", value = "v1.5")})
    String padding() default "oaep";

    @AttributeDefinition(description = "Key length this service reports and the largest RSA modulus it accepts, in bits",
        min = "2048", max = "16384")
    int modulusBits() default 2048;
}
