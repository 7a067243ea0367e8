package org.rmcp.content.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The relay's classes (X.603.1 Amd.1 10.2.7: DMAs pass content without decrypting it) refer to no
 * cipher, MAC, key or opener: their constant pools name none of those types.
 */
class RelayHoldsNoCipherTest {
    private static final List<String> FORBIDDEN = List.of("javax/crypto", "java/security/Key", "org/rmcp/spi/",
            "org/rmcp/content/ContentKey", "org/rmcp/content/ContentOpener", "org/rmcp/content/ContentSealer",
            "org/rmcp/content/internal/EpochKeys", "org/rmcp/content/internal/PayloadCipher",
            "org/rmcp/content/internal/DefaultContentOpener");

    @ParameterizedTest
    @ValueSource(classes = {RelayHandler.class, DefaultRelay.class, DataHead.class})
    void relayClassesReferToNoCipher(Class<?> type) throws IOException {
        for (Class<?> c : withNested(type)) {
            String pool = constantPool(c);
            for (String f : FORBIDDEN) {
                assertFalse(pool.contains(f), c.getName() + " refers to " + f);
            }
        }
    }

    private static List<Class<?>> withNested(Class<?> type) {
        List<Class<?>> all = new ArrayList<>(List.of(type));
        all.addAll(List.of(type.getDeclaredClasses()));
        return all;
    }

    private static String constantPool(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(classFile(c))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String classFile(Class<?> c) {
        String name = c.getName();
        return name.substring(name.lastIndexOf('.') + 1) + ".class";
    }
}
