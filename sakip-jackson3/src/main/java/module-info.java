/**
 * Optional Jackson 3 ({@code tools.jackson}) binding for sakip, for Spring Boot 4 applications: JSON for every
 * value type of {@code io.github.sakip.core}, the report document and the findings of an audit, in the same format,
 * byte for byte, as {@code io.github.sakip.json} writes with Jackson 2.
 * <p>
 * Register {@link io.github.sakip.jackson3.SakipModule} with a mapper's builder, or let
 * {@code findAndAddModules()} (and so Spring Boot 4's auto-configured mapper) find it through this module's
 * {@code provides}:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new SakipModule()).build();
 * PerformanceReport report = mapper.readValue(file, PerformanceReport.class);
 * String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report);
 * }</pre>
 *
 * @provides tools.jackson.databind.JacksonModule the {@link io.github.sakip.jackson3.SakipModule}
 */
// The name ends in the major version of Jackson it binds, as its artifact does: a binding for another Jackson would be
// another module (javac's lint advises against terminal digits, which usually version a module itself).
@SuppressWarnings("module")
module io.github.sakip.jackson3 {
    requires transitive io.github.sakip.core;
    requires transitive tools.jackson.databind;

    exports io.github.sakip.jackson3;

    provides tools.jackson.databind.JacksonModule with io.github.sakip.jackson3.SakipModule;
}
