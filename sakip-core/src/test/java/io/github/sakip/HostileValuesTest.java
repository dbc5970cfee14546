package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.audit.Audit;
import io.github.sakip.audit.Finding;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.LyingDecimal;
import io.github.sakip.report.PerformanceReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hostile values at every public constructor and static method of the core, and at every public method of the
 * values they make, seeded: each call returns a value or refuses with an {@link IllegalArgumentException},
 * {@link NullPointerException} or (for a documented state) {@link IllegalStateException} that says why; nothing
 * else escapes, no call hangs, no value keeps a subclass of {@code BigDecimal}, and the audit of every report made
 * along the way returns its findings.
 * <p>
 * The values a call returns join the pool its later calls draw from, so reports, rows and plans are built from
 * hostile figures too. {@code -Dsakip.hostile.seed=…} and {@code -Dsakip.hostile.rounds=…} run it with another
 * seed and for longer.
 */
class HostileValuesTest {

    private static final long SEED = Long.getLong("sakip.hostile.seed", 20_241_128L);
    private static final int ROUNDS = Integer.getInteger("sakip.hostile.rounds", 4);
    private static final int CALLS_PER_EXECUTABLE = 12;
    /** Far more than any call needs (microseconds), so that a loaded machine does not fail the test. */
    private static final Duration SLOW = Duration.ofSeconds(5);

    /** Numbers at and beyond every limit, of every shape. */
    private static final List<BigDecimal> NUMBERS = Stream.of("0", "1", "-1", "70.20", "68.12", "100", "-1.2", "0.001",
            "0.005", "90.50", "1E-100", "1E-101", "-1E-100", "1E+29", "9.99E+29", "999999999999999999999999999999",
            "1E+30", "1E+1000000000", "-1E+1000000000", "1E-1000000000", "0E-2147483647", "0E+2147483647",
            "1E-2147483647", "7E+2147483647", "0.1234567890123456789012345678901234567890123456789012345678901234567890",
            "1." + "0".repeat(130), "1." + "1".repeat(99), "12345678901234567890123456789." + "9".repeat(100))
            .map(BigDecimal::new).toList();

    private static final List<String> TEXTS = List.of("", " ", "x", "TPAK", "2.07.01", "2.07.01.2.01", "2.07.01.2.01.02", "X.XX",
            "70,20", "97,04 %", "Rp. 5.578.741.408,-", "1e1000000000", "-", "Sangat Tinggi", "BB", "POSITIVE",
            "\u0000", "ı", "x".repeat(10_000));

    private static final int[] INTS = {0, 1, -1, 2, 4, 5, 100, 101, 1899, 1900, 2022, 2024, 2026, 2999, 3000,
        Integer.MIN_VALUE, Integer.MAX_VALUE};

    private static final long[] LONGS = {0, 1, -1, 30, 100, 1_000, 100_000, 1_000_000_000_000L, Long.MIN_VALUE,
        Long.MAX_VALUE};

    private final Random random = new Random(SEED);
    /** The values made so far, by class; ordered by name so that a seed gives the same run in every JVM. */
    private final Map<Class<?>, List<Object>> made = new TreeMap<>(Comparator.comparing(Class::getName));
    private final List<String> bad = new ArrayList<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private int audits;

    /** The call being made, for the message of a call that does not end. */
    private volatile String current = "nothing yet";

    @Test
    void everyPublicEntryReturnsAValueOrRefusesWithAReason() throws Exception {
        Thread worker = new Thread(this::run, "hostile-values");
        worker.setDaemon(true);
        Throwable[] failure = new Throwable[1];
        worker.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
        worker.start();
        // Generous: a call takes microseconds, and only a call that hangs is caught here.
        Duration bound = Duration.ofSeconds(60 + 10L * ROUNDS);
        worker.join(bound.toMillis());
        if (worker.isAlive()) {
            StringBuilder stack = new StringBuilder();
            for (StackTraceElement element : worker.getStackTrace()) {
                stack.append("\n\tat ").append(element);
            }
            throw new AssertionError("a call did not end within " + bound + ": " + current + stack);
        }
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }

    private void run() {
        List<Class<?>> types = publicTypes();
        List<Executable> factories = new ArrayList<>();
        List<Method> methods = new ArrayList<>();
        for (Class<?> type : types) {
            for (Constructor<?> c : type.getConstructors()) {
                factories.add(c);
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                    if (Modifier.isStatic(m.getModifiers())) {
                        factories.add(m);
                    } else {
                        methods.add(m);
                    }
                }
            }
        }
        factories.sort(Comparator.comparing(Executable::toGenericString));
        methods.sort(Comparator.comparing(Executable::toGenericString));
        seedValues();
        TreeSet<String> neverCalled = new TreeSet<>();
        for (Executable e : factories) {
            neverCalled.add(e.toGenericString());
        }
        for (Method m : methods) {
            neverCalled.add(m.toGenericString());
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (Executable factory : factories) {
                for (int i = 0; i < CALLS_PER_EXECUTABLE; i++) {
                    if (call(factory, null)) {
                        neverCalled.remove(factory.toGenericString());
                    }
                }
            }
            for (Method method : methods) {
                for (int i = 0; i < CALLS_PER_EXECUTABLE; i++) {
                    Object target = pick(method.getDeclaringClass());
                    if (target != null && call(method, target)) {
                        neverCalled.remove(method.toGenericString());
                    }
                }
            }
        }
        if (System.getProperty("sakip.hostile.seed") != null || System.getProperty("sakip.hostile.rounds") != null) {
            System.out.printf("hostile values, seed %d, %d rounds: %s; %d audits%n", SEED, ROUNDS, outcomes, audits);
        }
        assertThat(bad).as("bad outcomes").isEmpty();
        assertThat(neverCalled).as("public entries never called").isEmpty();
        assertThat(audits).isPositive();
    }

    /** The core's public types in its exported packages, found in its classes directory. */
    private static List<Class<?>> publicTypes() {
        try {
            Path root = Path.of(Polarity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> types = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                            .replaceAll("\\.class$", "");
                    if (!name.startsWith("io.github.sakip.") || name.startsWith("io.github.sakip.internal.")
                            || name.endsWith("package-info") || name.equals("module-info")) {
                        continue;
                    }
                    Class<?> type = Class.forName(name, false, Polarity.class.getClassLoader());
                    if (isPublic(type)) {
                        types.add(type);
                    }
                }
            }
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    /** A few well-formed values of the types whose factories need others, so that every factory can be reached. */
    private void seedValues() {
        keep(Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK));
        keep(Indicator.of("Dilatih", "Orang", Polarity.NEGATIVE, Accumulation.FLOW));
        keep(Target.of(new BigDecimal("70.20")));
        keep(Target.range(new BigDecimal("80"), new BigDecimal("90")));
        keep(Realization.of(new BigDecimal("68.12")));
        keep(Realization.absent("indikator baru"));
        keep(Capaian.Policy.DEFAULT);
        keep(Permendagri86.SCALE);
        keep(AkipEvaluation.of(new BigDecimal("23.1"), new BigDecimal("21.3"), new BigDecimal("10.8"),
                new BigDecimal("18")));
        RenstraPlan plan = RenstraPlan.of(Indicator.of("TPAK", "Persen", Polarity.POSITIVE, Accumulation.STOCK), 2022,
                2026, List.of(RenstraPlan.YearTarget.of(2026, new BigDecimal("71.11"))));
        keep(plan);
        keep(io.github.sakip.report.RenstraRow.of(plan, Map.of(2024, Realization.of(new BigDecimal("68.12")))));
        keep(PerformanceReport.of("Dinas Contoh", 2024));
        // A K/L report: its rows are built from a year and four figures, which random draws seldom all make valid.
        io.github.sakip.report.CentralBudgetRow ro = io.github.sakip.report.CentralBudgetRow.of("3165.QAH.001", "RO",
                new BigDecimal("600000"), new BigDecimal("540000")).withOutput(new BigDecimal("12"),
                new BigDecimal("11"));
        io.github.sakip.report.BudgetPerformanceRow nka = io.github.sakip.report.BudgetPerformanceRow.of(2024,
                new BigDecimal("95.53"), new BigDecimal("99.61"), new BigDecimal("99.72"));
        keep(ro);
        keep(nka);
        keep(PerformanceReport.of("Satker Contoh", 2024).withCentralBudget(io.github.sakip.report.CentralBudgetTable
                .of(List.of(ro))).withBudgetPerformance(List.of(nka)));
        keep(Audit.Options.DEFAULT);
        // A row's budget of a Permendagri 86 form: four figures that random draws seldom all make valid either.
        keep(io.github.sakip.evaluation.RowBudget.of(new BigDecimal("1000"), new BigDecimal("400"),
                new BigDecimal("300"), io.github.sakip.evaluation.Quarters.reported(new BigDecimal("50"),
                        new BigDecimal("60"))));
        keep(BudgetCode.parse("063.01.WA.3165.QAH.001"));
        keep(SampleSize.of(1_000));
        keep(Ikm.ofTotals(100, java.util.Collections.nCopies(9, new BigDecimal("320"))));
        // A survey's table: its totals must be ones its respondents' answers can add up to.
        io.github.sakip.report.IkmTable survey = io.github.sakip.report.IkmTable.ofTotals("Layanan",
                Ikm.UNSUR_PERMENPAN_RB_14_2017, 29, java.util.Collections.nCopies(9, new BigDecimal("105")))
                .withPrintedIkm(new BigDecimal("90.52")).withPopulation(1_000);
        keep(survey);
        keep(PerformanceReport.of("Dinas Contoh", 2024).withIkm(List.of(survey)));
        // A Permendagri 86 row's budget: four amounts and quarters that random draws seldom make valid together.
        keep(io.github.sakip.evaluation.RowBudget.of(new BigDecimal("1000"), new BigDecimal("400"),
                new BigDecimal("200"), io.github.sakip.evaluation.Quarters.reported(new BigDecimal("50"))));
        // Four figures that all pass make a cash plan rarely enough that whether one is drawn depends on the order
        // of the pool: one made here keeps its methods called whatever the order.
        keep(io.github.sakip.evaluation.CashPlan.of(new BigDecimal("100"), new BigDecimal("200"),
                new BigDecimal("300"), new BigDecimal("400")));
        keep(io.github.sakip.evaluation.CashPlan.of(new BigDecimal("100"), new BigDecimal("200"), BigDecimal.ZERO,
                new BigDecimal("50")));
        // A filled evaluation form with every figure printed: the reports made from it are audited form and all.
        io.github.sakip.report.EvaluationForm form = io.github.sakip.report.FormFixture.form()
                .withComputedFigures(Capaian.Policy.DEFAULT);
        keep(form);
        keep(form.entries().get(0));
        keep(form.entries().get(0).children().get(0).children().get(0).indicators().get(0));
        // A program whose printed totals are not its kegiatan's: the reconciliation's mismatches join the pool.
        BudgetTree.of(List.of(new BudgetLine("2.07.01", "Program", new BigDecimal("10"), new BigDecimal("10")),
                new BudgetLine("2.07.01.2.01", "Kegiatan", new BigDecimal("5"), new BigDecimal("5")))).reconcile()
                .forEach(this::keep);
    }

    /** Calls an executable with drawn arguments; returns whether it was called at all. */
    private boolean call(Executable executable, Object target) {
        Type[] types = executable.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        boolean unnecessary = false;
        for (int i = 0; i < types.length; i++) {
            args[i] = draw(types[i]);
            if (args[i] == MISSING) {
                return false;
            }
            unnecessary |= args[i] == RoundingMode.UNNECESSARY;
        }
        current = executable.toGenericString() + " with " + describe(args);
        long start = System.nanoTime();
        Object result;
        Throwable thrown = null;
        try {
            result = executable instanceof Constructor<?> c ? c.newInstance(args) : ((Method) executable).invoke(
                    target, args);
        } catch (InvocationTargetException e) {
            result = null;
            thrown = e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(executable.toGenericString(), e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String where = executable.toGenericString();
        if (took.compareTo(SLOW) > 0) {
            bad.add(where + " took " + took + " with " + describe(args));
        }
        if (thrown == null) {
            count("value");
            inspect(where, result, args);
        } else if (allowed(executable, thrown, unnecessary)) {
            count(thrown.getClass().getSimpleName());
        } else {
            bad.add(where + " threw " + thrown + " with " + describe(args));
        }
        return true;
    }

    private static boolean allowed(Executable executable, Throwable thrown, boolean unnecessary) {
        if (executable.getDeclaringClass() == Audit.class) {
            return thrown instanceof NullPointerException && hasMessage(thrown);
        }
        boolean refusal = thrown instanceof IllegalArgumentException || thrown instanceof NullPointerException
                || thrown instanceof IllegalStateException;
        boolean rounding = unnecessary && thrown instanceof ArithmeticException;
        return (refusal || rounding) && hasMessage(thrown);
    }

    private static boolean hasMessage(Throwable thrown) {
        return thrown.getMessage() != null && !thrown.getMessage().isBlank();
    }

    /** Checks a value made by a call, audits it if it is a report, and keeps it for later calls. */
    private void inspect(String where, Object value, Object[] args) {
        if (value == null) {
            return;
        }
        try {
            value.toString();
            value.hashCode();
            if (!value.equals(value)) {
                bad.add(where + " made a value not equal to itself: " + value);
            }
            plainDecimals(where, value, 0);
            if (value instanceof PerformanceReport report) {
                audits++;
                for (Finding finding : Audit.of(report).findings()) {
                    finding.toString();
                }
            }
        } catch (RuntimeException e) {
            bad.add(where + " made a value that breaks: " + e + " with " + describe(args));
            return;
        }
        keepWithParts(value, 0);
    }

    /** Keeps a value, and the values inside an optional, list or map it returned (a reconciliation's findings). */
    private void keepWithParts(Object value, int depth) {
        if (value == null || depth > 2) {
            return;
        }
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> keepWithParts(v, depth + 1));
        } else if (value instanceof Collection<?> c) {
            c.stream().limit(8).forEach(v -> keepWithParts(v, depth + 1));
        } else if (value instanceof Map<?, ?> m) {
            m.values().stream().limit(8).forEach(v -> keepWithParts(v, depth + 1));
        } else {
            keep(value);
        }
    }

    /** No value keeps a subclass of BigDecimal, at any depth of its records, optionals, lists and maps. */
    private void plainDecimals(String where, Object value, int depth) {
        if (value == null || depth > 6) {
            return;
        }
        if (value instanceof BigDecimal d) {
            if (d.getClass() != BigDecimal.class) {
                bad.add(where + " kept a " + d.getClass().getName());
            }
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> plainDecimals(where, v, depth + 1));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> plainDecimals(where, v, depth + 1));
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> plainDecimals(where, v, depth + 1));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    plainDecimals(where, component.getAccessor().invoke(value), depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private void keep(Object value) {
        List<Object> pool = made.computeIfAbsent(value.getClass(), k -> new ArrayList<>());
        if (pool.size() < 40) {
            pool.add(value);
        } else {
            pool.set(random.nextInt(pool.size()), value);
        }
    }

    private void count(String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    private static final Object MISSING = new Object();

    /** Draws an argument of a type: hostile numbers and texts, enum constants, values made so far, or null. */
    private Object draw(Type type) {
        if (random.nextInt(25) == 0 && !(type instanceof Class<?> c && c.isPrimitive())) {
            return null;
        }
        if (type instanceof WildcardType w) {
            return draw(w.getUpperBounds()[0]);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] of = p.getActualTypeArguments();
            if (raw == Optional.class) {
                if (random.nextInt(3) == 0) {
                    return Optional.empty();
                }
                Object value = nonNull(of[0]);
                return value == MISSING ? MISSING : Optional.of(value);
            }
            if (raw == List.class || raw == Collection.class) {
                List<Object> list = new ArrayList<>();
                for (int n = random.nextInt(5); n > 0; n--) {
                    Object element = draw(of[0]);
                    if (element == MISSING) {
                        return MISSING;
                    }
                    list.add(element);
                }
                return list;
            }
            if (raw == Map.class || raw == SortedMap.class) {
                Map<Object, Object> map = raw == SortedMap.class ? new TreeMap<>() : new LinkedHashMap<>();
                for (int n = random.nextInt(5); n > 0; n--) {
                    Object key = nonNull(of[0]);
                    Object value = draw(of[1]);
                    if (key == MISSING || value == MISSING) {
                        return MISSING;
                    }
                    map.put(key, value);
                }
                return map;
            }
            return draw(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == Integer.class) {
            return INTS[random.nextInt(INTS.length)];
        }
        if (c == long.class || c == Long.class) {
            return LONGS[random.nextInt(LONGS.length)];
        }
        if (c == boolean.class) {
            return random.nextBoolean();
        }
        if (c == BigDecimal.class) {
            return number();
        }
        if (c == String.class) {
            return TEXTS.get(random.nextInt(TEXTS.size()));
        }
        if (c == Object.class) {
            return random.nextBoolean() ? number() : pickAny();
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        if (c.isArray()) {
            Object array = java.lang.reflect.Array.newInstance(c.getComponentType(), random.nextInt(6));
            for (int i = 0; i < java.lang.reflect.Array.getLength(array); i++) {
                Object element = draw(c.getComponentType());
                if (element == MISSING) {
                    return MISSING;
                }
                java.lang.reflect.Array.set(array, i, element);
            }
            return array;
        }
        Object value = pick(c);
        return value == null ? MISSING : value;
    }

    private Object nonNull(Type type) {
        Object value = draw(type);
        for (int tries = 0; value == null && tries < 10; tries++) {
            value = draw(type);
        }
        return value == null ? MISSING : value;
    }

    /** A hostile number: one of the pool, or a subclass that lies about its size and changes its word. */
    private BigDecimal number() {
        BigDecimal n = NUMBERS.get(random.nextInt(NUMBERS.size()));
        if (random.nextInt(6) == 0) {
            return new LyingDecimal(n, NUMBERS.get(random.nextInt(NUMBERS.size())),
                    NUMBERS.get(random.nextInt(NUMBERS.size())), 2);
        }
        return n;
    }

    /** A value made so far of a type (or a subtype), or null if there is none yet. */
    private Object pick(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        List<Object> candidates = new ArrayList<>();
        made.forEach((c, values) -> {
            if (type.isAssignableFrom(c)) {
                candidates.addAll(values);
            }
        });
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private Object pickAny() {
        List<Class<?>> keys = new ArrayList<>(made.keySet());
        keys.sort(Comparator.comparing(Class::getName));
        return pick(keys.get(random.nextInt(keys.size())));
    }

    private static String describe(Object[] args) {
        List<String> shown = new ArrayList<>();
        for (Object arg : args) {
            String text = arg instanceof BigDecimal d ? Decimals.abbreviate(d) + (d instanceof LyingDecimal ? " (a liar)" : "")
                    : String.valueOf(arg);
            shown.add(text.length() > 200 ? text.substring(0, 200) + "…" : text);
        }
        return shown.toString();
    }
}
