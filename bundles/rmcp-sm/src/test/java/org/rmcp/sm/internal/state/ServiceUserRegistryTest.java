package org.rmcp.sm.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Service user identifiers of a closed group (X.603.1 Amd.1 10.1.1.5), held salted and hashed. */
class ServiceUserRegistryTest {
    private static byte[] id(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void containsOnlyIdenticalIdentifiers() {
        ServiceUserRegistry r = ServiceUserRegistry.create(Fixtures.counter());
        assertTrue(r.add(id("cp-0001")));
        assertFalse(r.add(id("cp-0001")), "second add is not new");
        assertTrue(r.contains(id("cp-0001")));
        assertFalse(r.contains(id("cp-0002")));
        assertFalse(r.contains(id("CP-0001")));
        assertEquals(1, r.size());
    }

    @Test
    void digestsAreSaltedAndDoNotHoldTheIdentifier() {
        ServiceUserRegistry a = new ServiceUserRegistry(new byte[16], List.of());
        byte[] salt = new byte[16];
        salt[0] = 1;
        ServiceUserRegistry b = new ServiceUserRegistry(salt, List.of());
        a.add(id("cp-0001"));
        b.add(id("cp-0001"));
        assertNotEquals(a.digests(), b.digests());
        String hexId = HexFormat.of().formatHex(id("cp-0001"));
        assertFalse(a.digests().iterator().next().contains(hexId));
        assertEquals(64, a.digests().iterator().next().length());
    }

    @Test
    void reloadedRegistryRecognisesTheSameIdentifiers() {
        ServiceUserRegistry a = ServiceUserRegistry.create(Fixtures.counter());
        a.add(id("cp-0001"));
        ServiceUserRegistry b = new ServiceUserRegistry(a.salt(), a.digests());
        assertTrue(b.contains(id("cp-0001")));
    }

    @Test
    void importSkipsCommentsAndBlankLinesAndTrims() throws Exception {
        String file = "# issued by CP 2026-01-01\n\ncp-0001\n  cp-0002  \n#cp-0003\r\ncp-0004\r\n";
        List<byte[]> ids = ServiceUserRegistry.parseImport(new BufferedReader(new StringReader(file)));
        assertEquals(List.of("cp-0001", "cp-0002", "cp-0004"),
            ids.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList());
    }

    @Test
    void emptyIdentifierAndShortSaltAreRefused() {
        ServiceUserRegistry r = ServiceUserRegistry.create(Fixtures.counter());
        assertThrows(IllegalArgumentException.class, () -> r.add(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new ServiceUserRegistry(new byte[8], List.of()));
    }
}
