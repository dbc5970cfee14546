/**
 * Optional Jackson 2 binding for sakip: register {@link io.github.sakip.json.SakipModule} with an
 * {@code ObjectMapper}, or let {@code findAndRegisterModules()} find it.
 */
module io.github.sakip.json {
    requires transitive io.github.sakip.core;
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.sakip.json;

    provides com.fasterxml.jackson.databind.Module with io.github.sakip.json.SakipModule;
}
