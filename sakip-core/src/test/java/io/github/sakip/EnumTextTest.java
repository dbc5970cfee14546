package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public enum of the core reads back from its text: {@code parse(c.toString())} where the enum prints a label,
 * {@code valueOf(c.toString())} where it prints its name.
 */
class EnumTextTest {

    /** Every public enum of the module, found in its compiled classes, so that a new one cannot be left out. */
    static List<Class<?>> publicEnums() throws IOException, URISyntaxException {
        Path root = Path.of(Category.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class")).map(f -> root.relativize(f).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(
                            root.getFileSystem().getSeparator(), "."))
                    .filter(name -> !name.endsWith("module-info")).map(EnumTextTest::load)
                    .filter(c -> c.isEnum() && Modifier.isPublic(c.getModifiers()) && isVisible(c)).toList();
        }
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return !type.getPackageName().contains("internal");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EnumTextTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Arguments> constants() throws IOException, URISyntaxException {
        return publicEnums().stream().flatMap(type -> Stream.of(type.getEnumConstants())
                .map(c -> Arguments.of(type.getName() + "." + ((Enum<?>) c).name(), c)));
    }

    @Test
    void theScanFindsTheEnumsWithLabels() throws Exception {
        assertThat(publicEnums()).contains(Category.class, AkipPredicate.class, AkipEvaluation.Component.class,
                AkipEvaluation.SubComponent.class, Polarity.class, Accumulation.class, Capaian.NegativeFormula.class,
                io.github.sakip.audit.Severity.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constants")
    void everyConstantReadsBackFromItsText(String name, Enum<?> constant) throws Exception {
        Class<?> type = constant.getDeclaringClass();
        Method parse = parseMethod(type);
        if (parse == null) {
            assertThat(constant.toString()).as("an enum without parse prints its name").isEqualTo(constant.name());
            assertThat(Enum.valueOf(constant.getDeclaringClass().asSubclass(Enum.class), constant.toString()))
                    .isSameAs(constant);
        } else {
            assertThat(parse.invoke(null, constant.toString())).isSameAs(constant);
            assertThat(parse.invoke(null, constant.name())).isSameAs(constant);
            assertThat(parse.invoke(null, "  " + constant.toString().toUpperCase(java.util.Locale.ROOT) + " "))
                    .isSameAs(constant);
        }
    }

    private static Method parseMethod(Class<?> type) {
        try {
            Method parse = type.getMethod("parse", String.class);
            assertThat(Modifier.isStatic(parse.getModifiers())).isTrue();
            assertThat(parse.getReturnType()).isEqualTo(type);
            return parse;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    @Test
    void theLabelsOfReportsAreRead() {
        assertThat(Category.parse("  sangat   TINGGI ")).isEqualTo(Category.SANGAT_TINGGI);
        assertThat(AkipPredicate.parse("BB")).isEqualTo(AkipPredicate.BB);
        assertThat(AkipPredicate.parse("Sangat Baik")).isEqualTo(AkipPredicate.BB);
        assertThat(AkipPredicate.parse("bb (sangat baik)")).isEqualTo(AkipPredicate.BB);
        assertThat(AkipEvaluation.Component.parse("pelaporan kinerja"))
                .isEqualTo(AkipEvaluation.Component.PELAPORAN_KINERJA);
        assertThat(AkipEvaluation.SubComponent.parse("Pemanfaatan"))
                .isEqualTo(AkipEvaluation.SubComponent.PEMANFAATAN);
    }

    @Test
    void anUnknownTextIsRefusedListingTheTexts() {
        assertThatThrownBy(() -> Category.parse("Baik")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label 'Baik' is not a category of Permendagri 86/2017; expected one of Sangat Tinggi,"
                        + " Tinggi, Sedang, Rendah, Sangat Rendah");
        assertThatThrownBy(() -> AkipPredicate.parse("Z")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label 'Z' is not a predicate of PermenPAN-RB 88/2021; expected one of AA (Sangat"
                        + " Memuaskan), A (Memuaskan), BB (Sangat Baik), B (Baik), CC (Cukup), C (Kurang), D (Sangat"
                        + " Kurang)");
        assertThatThrownBy(() -> AkipEvaluation.Component.parse("Perencanaan"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("label 'Perencanaan' is not a component of the AKIP evaluation");
        assertThatThrownBy(() -> AkipEvaluation.SubComponent.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
    }
}
