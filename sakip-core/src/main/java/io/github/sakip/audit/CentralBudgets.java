package io.github.sakip.audit;

import io.github.sakip.Achievement;
import io.github.sakip.BudgetCode;
import io.github.sakip.BudgetLevel;
import io.github.sakip.BudgetLine;
import io.github.sakip.BudgetTree;
import io.github.sakip.Capaian;
import io.github.sakip.Figure;
import io.github.sakip.Pmk214;
import io.github.sakip.Polarity;
import io.github.sakip.Quantity;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.Decimals;
import io.github.sakip.report.CentralBudgetRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the audit computes from a K/L budget table, shared by its checkers: the line each row makes, the output
 * achievement (capaian RO) of each rincian output, and the figures of PMK 214/PMK.02/2017 over the tree.
 */
final class CentralBudgets {

    private CentralBudgets() {
    }

    /** How a row of the table is named in a location: its code and name, or its name alone. */
    static String label(CentralBudgetRow row) {
        return row.code().isEmpty() ? row.name() : row.code() + " " + row.name();
    }

    /**
     * The line a row makes, with its explicit parent.
     *
     * @throws IllegalArgumentException quoting the code if the row's code or parent is not one that is read
     */
    static BudgetLine line(CentralBudgetRow row) {
        BudgetLine line = new BudgetLine(row.code(), row.name(), row.pagu(), row.realisasi());
        return row.parent().isPresent() ? line.withParent(row.parent().get()) : line;
    }

    /**
     * The output achievement of a row computed from its output target and realisation, {@code realization / target
     * × 100}; empty where the report printed no output figures.
     */
    static Optional<Achievement> computedOutputAchievement(CentralBudgetRow row) {
        if (row.outputTarget().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Capaian.of(Polarity.POSITIVE, row.outputTarget().get(), row.outputRealization()
                .orElseThrow()));
    }

    /**
     * The output achievement (CK) of a row as PMK 214 weighs it: computed from its output figures where printed,
     * otherwise its printed capaian RO; capped at 100 if the policy says so. Empty where there is none.
     */
    static Optional<BigDecimal> outputAchievement(CentralBudgetRow row, Pmk214.OutputCap cap) {
        Optional<Achievement> computed = computedOutputAchievement(row);
        Optional<BigDecimal> ck = computed.isPresent()
                ? (computed.get().isComputable() ? Optional.of(computed.get().percent()) : Optional.empty())
                : row.printedOutputAchievement();
        return ck.map(v -> cap == Pmk214.OutputCap.AT_100_PERCENT ? v.min(Decimals.HUNDRED) : v);
    }

    /** The lines of a table that make lines, with the output achievement of each, built without findings. */
    static final class Table {

        final List<BudgetLine> lines = new ArrayList<>();
        final Map<BudgetCode, BigDecimal> outputAchievements = new HashMap<>();

        void add(CentralBudgetRow row, BudgetLine line, Pmk214.OutputCap cap) {
            lines.add(line);
            outputAchievement(row, cap).ifPresent(ck -> outputAchievements.putIfAbsent(line.code(), ck));
        }

        /** The rows that make lines; a row the library cannot read is left out, as its own checker reports. */
        static Table of(List<CentralBudgetRow> rows, Pmk214.OutputCap cap) {
            Table table = new Table();
            for (CentralBudgetRow row : rows) {
                try {
                    table.add(row, line(row), cap);
                } catch (IllegalArgumentException e) {
                    // reported by CentralBudgetChecker in the row's place
                }
            }
            return table;
        }
    }

    /** The rincian output (RO) nodes of a tree. */
    static List<BudgetTree.Node> ros(BudgetTree tree) {
        List<BudgetTree.Node> ros = new ArrayList<>();
        for (BudgetTree.Node node : tree.nodes()) {
            if (node.code().level() == BudgetLevel.RO) {
                ros.add(node);
            }
        }
        return ros;
    }

    /** Tells whether the tree has a rincian output, and every one of them has its output achievement. */
    static boolean everyRoAchieved(BudgetTree tree, Map<BudgetCode, BigDecimal> outputAchievements) {
        List<BudgetTree.Node> ros = ros(tree);
        return !ros.isEmpty() && ros.stream().allMatch(n -> outputAchievements.containsKey(n.code()));
    }

    /**
     * The output achievement (capaian keluaran) of a whole budget: the mean of its rincian outputs' achievements,
     * each as computed (not capped unless the policy caps it). Read so from PMK 22/PMK.02/2021, whose capaian RO of
     * a satuan kerja is taken over its ROs; whether the mean is weighted, and whether each RO is capped, the text
     * reached does not say: unweighted is the default.
     */
    static Quantity meanOutputAchievement(BudgetTree tree, Map<BudgetCode, BigDecimal> outputAchievements) {
        List<BudgetTree.Node> ros = ros(tree);
        if (ros.isEmpty()) {
            return Quantity.notComputable(Figure.Unit.PERCENT, "no rincian output (RO) in the budget table");
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        for (BudgetTree.Node ro : ros) {
            BigDecimal ck = outputAchievements.get(ro.code());
            if (ck == null) {
                return Quantity.notComputable(Figure.Unit.PERCENT, "no capaian RO for " + ro.code());
            }
            sum = sum.add(ck);
            terms.add(IndonesianNumbers.format(ck, 2, RoundingMode.HALF_UP));
        }
        BigDecimal mean = Decimals.normalize(Decimals.divide(sum, BigDecimal.valueOf(ros.size())));
        return Quantity.of(mean, Figure.Unit.PERCENT, "(" + String.join(" + ", terms) + ") / " + ros.size() + " = "
                + IndonesianNumbers.formatPercent(mean));
    }

    /**
     * The efficiency score NE of an efficiency E: {@code 50 + (E / 20) × 50}, E clamped to [−20, 20]; not
     * computable where E is not.
     */
    static Quantity efficiencyScore(Quantity efficiency) {
        if (!efficiency.isComputable()) {
            return Quantity.notComputable(Figure.Unit.PERCENT, "E is not computable: " + efficiency.reason()
                    .orElseThrow());
        }
        BigDecimal e = efficiency.value();
        BigDecimal ne = Pmk214.efficiencyScore(e);
        return Quantity.of(ne, Figure.Unit.PERCENT, "50% + (" + IndonesianNumbers.formatPercent(e)
                + " / 20%) × 50% = " + IndonesianNumbers.formatPercent(ne)
                + (e.abs().compareTo(BigDecimal.valueOf(20)) > 0 ? " (E clamped to ±20%)" : ""));
    }
}
