package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.jackson3.SakipModule;
import io.github.sakip.report.PerformanceReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Spring Boot 4 application that reads reports: its auto-configured Jackson 3 {@link JsonMapper} has the
 * {@code sakip-jackson3} module without a line of code (no {@code @Bean} registers it), because Boot 4 adds the
 * modules Jackson's service loading finds ({@code spring.jackson.find-and-add-modules}, on by default). The mapper
 * reads the reference report and writes it back as the same bytes. No web server is started.
 */
class SpringBootJacksonTest {

    private static final Path FILE = Paths.get("src", "main", "resources", "tapin-disnaker-2024.json");

    /** The whole application: auto-configuration, and nothing of its own. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ReportApplication {
    }

    @Test
    void theAutoConfiguredMapperReadsTheReferenceReportWithTheModuleItFoundItself() throws Exception {
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(ReportApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=warn").run()) {
            JsonMapper mapper = application.getBean(JsonMapper.class);
            assertThat(mapper.registeredModules()).hasAtLeastOneElementOfType(SakipModule.class);
            assertThat(application.getBeansOfType(SakipModule.class)).as("no bean registers the module").isEmpty();

            String file = Files.readString(FILE, StandardCharsets.UTF_8);
            PerformanceReport report = mapper.readValue(file, PerformanceReport.class);
            assertThat(report).isEqualTo(TapinReport.load());
            String written = mapper.writer().with(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))).writeValueAsString(report) + "\n";
            assertThat(written).isEqualTo(file);
        }
    }

    @Test
    void itIsBootsServiceLoadingThatAddsTheModule() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class));
        runner.run(context -> assertThat(context.getBean(JsonMapper.class).registeredModules())
                .hasAtLeastOneElementOfType(SakipModule.class));
        runner.withPropertyValues("spring.jackson.find-and-add-modules=false").run(context -> assertThat(
                context.getBean(JsonMapper.class).registeredModules()).noneMatch(SakipModule.class::isInstance));
    }
}
