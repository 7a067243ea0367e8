package org.rmcp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NodeRoleTest {
    @Test
    void parsesCaseInsensitively() {
        assertEquals(NodeRole.SM, NodeRole.parse(" sm "));
        assertEquals(NodeRole.MA, NodeRole.parse("MA"));
    }

    @Test
    void rejectsUnknownRoleNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NodeRole.parse("dma"));
        assertTrue(e.getMessage().contains("'dma'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NodeRole.parse(null));
    }

    @Test
    void featureNameFollowsTheFeaturesXml() {
        assertEquals("rmcp-sm", NodeRole.SM.featureName());
        assertEquals("rmcp-ma", NodeRole.MA.featureName());
    }
}
