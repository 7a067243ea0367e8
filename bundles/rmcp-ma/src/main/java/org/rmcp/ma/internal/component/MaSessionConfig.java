package org.rmcp.ma.internal.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One session this container takes part in as an SMA, DMA or RMA (X.603.1 Amd.1 10.1.1-10.1.4),
 * factory PID {@value #FACTORY_PID}: one {@code etc/org.rmcp.ma.session-<name>.cfg} each. Code
 * lists take {@code 0x}-hex or decimal; preferences are {@code code:PREFER} pairs (1 = most preferred).
 */
@ObjectClassDefinition(name = "Secure RMCP-2 MA session", description = "A session this multicast agent joins")
public @interface MaSessionConfig {
    /** ConfigAdmin factory PID of MA sessions. */
    String FACTORY_PID = "org.rmcp.ma.session";

    @AttributeDefinition(description = "Session name (default: the configuration's name, org.rmcp.ma.session-<name>.cfg)")
    String name() default "";

    @AttributeDefinition(description = "64-bit Session ID, 0x-hex or decimal (default: derived from the name as the SM does)")
    String sessionId() default "";

    @AttributeDefinition(description = "Role: sma, dma or rma")
    String role() default "rma";

    @AttributeDefinition(description = "This MA's MAID, ipv4:port")
    String maid();

    @AttributeDefinition(description = "SM host")
    String smHost() default "127.0.0.1";

    @AttributeDefinition(description = "SM TLS port")
    int smPort() default 7300;

    @AttributeDefinition(description = "TLS mode: psk or cert (as the SM's session)")
    String tlsMode() default "psk";

    @AttributeDefinition(description = "PSK identity (psk mode)")
    String pskIdentity() default "";

    @AttributeDefinition(description = "File holding this MA's PSK: a hex key line, or identity = hex (psk mode)")
    String pskFile() default "";

    @AttributeDefinition(description = "PEM certificate chain, leaf first (cert mode)")
    String certFile() default "";

    @AttributeDefinition(description = "PEM PKCS#8 private key (cert mode)")
    String keyFile() default "";

    @AttributeDefinition(description = "PEM trust anchors for the SM's certificate (cert mode)")
    String trustFile() default "";

    @AttributeDefinition(description = "SERV_USER_ID of a closed-group RMA, hex (empty: none)")
    String servUserId() default "";

    @AttributeDefinition(description = "SMA_PROPOSE GP_ATTRIBUTE: open or closed (SMA only)")
    String proposeGroup() default "open";

    @AttributeDefinition(description = "SMA_PROPOSE GK_MECHA, Table 19 code (SMA only)")
    String proposeGkMecha() default "0x02";

    @AttributeDefinition(description = "SMA_PROPOSE CON_EN_DEC_ID, Table 16 code (SMA only)")
    String proposeEnDecId() default "0x01";

    @AttributeDefinition(description = "PREFER per EN_DEC_ID, code:rank pairs (1-5)")
    String[] enDecPrefer() default {};

    @AttributeDefinition(description = "PREFER per AUTH_ID, code:rank pairs (1-3)")
    String[] authPrefer() default {};

    @AttributeDefinition(description = "PREFER per GK_NAME, code:rank pairs (1-6)")
    String[] gkPrefer() default {};

    @AttributeDefinition(description = "How long SECMODULE and provisioning may take together, ms")
    long provisionTimeoutMs() default 60000;

    @AttributeDefinition(description = "Delay between connection attempts while the SM cannot be reached, ms")
    long retryDelayMs() default 5000;
}
