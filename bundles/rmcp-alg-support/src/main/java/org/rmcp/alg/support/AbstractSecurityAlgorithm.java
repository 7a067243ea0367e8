package org.rmcp.alg.support;

import org.rmcp.spi.SecurityAlgorithm;

/**
 * The part of every algorithm service of X.603.1 Amd.1 clause 10.1.3 (Table 10) that is data: its
 * code in the spec's table and its human name, fixed at construction.
 */
public abstract class AbstractSecurityAlgorithm implements SecurityAlgorithm {
    private final int code;
    private final String name;

    /**
     * @param code the code in the algorithm's table (EN_DEC_ID, AUTH_ID, ...)
     * @param name the human name, e.g. {@code AES-128-CBC}
     */
    protected AbstractSecurityAlgorithm(int code, String name) {
        this.code = code;
        this.name = name;
    }

    @Override
    public final int code() {
        return code;
    }

    @Override
    public final String name() {
        return name;
    }
}
