/**
 * Optional Jackson 2 binding for sakip: JSON for every value type of {@code io.github.sakip.core}, the report
 * document and the findings of an audit.
 * <p>
 * Register {@link io.github.sakip.json.SakipModule} with an {@code ObjectMapper}, or let
 * {@code findAndRegisterModules()} find it through this module's {@code provides}:
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new SakipModule());
 * PerformanceReport report = mapper.readValue(file, PerformanceReport.class);
 * String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report);
 * }</pre>
 *
 * @provides com.fasterxml.jackson.databind.Module the {@link io.github.sakip.json.SakipModule}
 */
module io.github.sakip.json {
    requires transitive io.github.sakip.core;
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.sakip.json;

    provides com.fasterxml.jackson.databind.Module with io.github.sakip.json.SakipModule;
}
