package org.rmcp.sm.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One secure RMCP-2 session (X.603.1 Amd.1 10.1), factory PID {@value #FACTORY_PID}: one
 * {@code etc/org.rmcp.sm.session-<name>.cfg} per session. Code lists take {@code 0x}-hex or
 * decimal values separated by commas, preferred first.
 */
@ObjectClassDefinition(name = "Secure RMCP-2 session", description = "A session run by this Session Manager")
public @interface SessionConfig {
    /** ConfigAdmin factory PID of sessions. */
    String FACTORY_PID = "org.rmcp.sm.session";

    @AttributeDefinition(description = "Session name (default: the configuration's name, org.rmcp.sm.session-<name>.cfg)")
    String name() default "";

    @AttributeDefinition(description = "64-bit Session ID, 0x-hex or decimal (default: derived from the name)")
    String sessionId() default "";

    @AttributeDefinition(description = "GP_ATTRIBUTE: open or closed (closed: RMAs need a registered service user id)")
    String groupAttribute() default "open";

    @AttributeDefinition(description = "Allowed EN_DEC_IDs (Table 16), preferred first")
    String[] enDecIds() default {"0x11", "0x12", "0x01", "0x02", "0x04"};

    @AttributeDefinition(description = "Allowed AUTH_IDs (Table 17), preferred first")
    String[] authIds() default {"0x01", "0x02"};

    @AttributeDefinition(description = "Allowed GK_NAMEs (Table 20), preferred first")
    String[] gkNames() default {"0x01", "0x02", "0x03", "0x04", "0x05"};

    @AttributeDefinition(description = "Accepted GK_MECHA values (Table 19); the first is used if the SMA's proposal is not accepted")
    String[] gkMechas() default {"0x00", "0x01", "0x02", "0x03", "0x04", "0x05", "0x06", "0x07"};

    @AttributeDefinition(description = "EN_DEC_IDs the SM repository can deliver on SECALGREQ")
    String[] provisionableEnDecIds() default {};

    @AttributeDefinition(description = "AUTH_IDs the SM repository can deliver on SECALGREQ")
    String[] provisionableAuthIds() default {};

    @AttributeDefinition(description = "GK_NAMEs the SM repository can deliver on SECALGREQ")
    String[] provisionableGkNames() default {};

    @AttributeDefinition(description = "AUTH_NAMEs the SM repository can deliver on SECALGREQ")
    String[] provisionableAuthNames() default {};

    @AttributeDefinition(description = "Security Agree.time in ms (10.1.4.1)", min = "1")
    long securityAgreeTimeMs() default 5000;

    @AttributeDefinition(description = "Ks hash update interval in s (10.1.2.1)", min = "1")
    long ksUpdateIntervalS() default 3600;

    @AttributeDefinition(description = "Ks length in bytes, 16-32", min = "16", max = "32")
    int ksLength() default 16;

    @AttributeDefinition(description = "SECAGANS timeout after SECLIST in ms", min = "1")
    long secagansTimeoutMs() default 5000;

    @AttributeDefinition(description = "SECAGANS timeout after SECALGREQ in ms", min = "1")
    long provisionTimeoutMs() default 60000;

    @AttributeDefinition(description = "SECLIST retransmissions before the MA is evicted", min = "0")
    int seclistMaxRetransmits() default 3;

    @AttributeDefinition(description = "TLS mode: psk (TLS_PSK) or cert (TLS_CERT)")
    String tlsMode() default "psk";

    @AttributeDefinition(description = "Address the TLS listener binds")
    String listenHost() default "0.0.0.0";

    @AttributeDefinition(description = "TCP port of the TLS listener", min = "0", max = "65535")
    int listenPort() default 7300;

    @AttributeDefinition(description = "PSK identity (psk mode)")
    String pskIdentity() default "rmcp-sm";

    @AttributeDefinition(description = "File holding the PSK (psk mode)")
    String pskFile() default "";

    @AttributeDefinition(description = "PEM certificate chain (cert mode)")
    String certFile() default "";

    @AttributeDefinition(description = "PEM private key (cert mode)")
    String keyFile() default "";

    @AttributeDefinition(description = "PEM trust anchors for MA certificates (cert mode)")
    String trustFile() default "";

    @AttributeDefinition(description = "Service user registry file (hashed ids; default: the bundle's data area)")
    String serviceUserFile() default "";

    @AttributeDefinition(description = "TCP port of the session's algorithm repository (HTTPS, same TLS as admission); 0: ephemeral, it is advertised in SECMODULE")
    int repositoryPort() default 0;

    @AttributeDefinition(description = "Host name MAs reach the repository by (SECMODULE); empty: the bound address, loopback for a wildcard")
    String repositoryHost() default "";
}
