package io.github.sakip.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of sakip. Register it with {@code mapper.registerModule(new SakipModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@code META-INF/services}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SakipModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the module.
     */
    public SakipModule() {
        super("sakip", Version.unknownVersion());
    }
}
