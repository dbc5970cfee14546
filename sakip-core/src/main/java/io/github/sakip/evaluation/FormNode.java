package io.github.sakip.evaluation;

import io.github.sakip.Achievement;
import io.github.sakip.MeanAchievement;
import io.github.sakip.internal.Decimals;
import io.github.sakip.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the Renja (or RKPD) evaluation form: a sasaran, program, kegiatan or sub kegiatan, with its own
 * indicator rows (the K half), its budget (the Rp half) and the entries below it. The tree rolls the form up: the
 * budget of an entry with children is the sum of theirs ({@link #totalBudget()}), and its performance the mean of
 * theirs ({@link #rolledUp(Measure, EvaluationPolicy)}).
 * <p>
 * The budget is given on the lowest entries only (an entry with children takes its budget from them; the figures a
 * form prints for it are checked against that sum). The levels go down: a sasaran holds programs, a program
 * kegiatan, a kegiatan sub kegiatan; an entry may skip a level (a sasaran holding kegiatan directly) but never hold
 * its own level or a higher one.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param level the level of the entry
 * @param code the code as printed (Kepmendagri 050-5889/2021 nomenclature), or empty, as for a sasaran
 * @param name the name as printed, stripped of surrounding white space
 * @param indicators the entry's own indicator rows, in the form's order
 * @param budget the entry's budget, given for an entry without children only; empty if it has none
 * @param children the entries below, in the form's order
 */
public record FormNode(Level level, String code, String name, List<IndicatorRow> indicators,
        Optional<RowBudget> budget, List<FormNode> children) {

    /** The levels of the form's entries, from the highest. */
    public enum Level {

        /** A goal of the plan (sasaran). */
        SASARAN("sasaran"),

        /** A program. */
        PROGRAM("program"),

        /** A kegiatan. */
        KEGIATAN("kegiatan"),

        /** A sub kegiatan. */
        SUB_KEGIATAN("sub kegiatan");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        /**
         * Returns the level as the form names it.
         *
         * @return such as {@code "sub kegiatan"}
         */
        public String label() {
            return label;
        }
    }

    /**
     * Creates an entry.
     *
     * @param level the level of the entry
     * @param code the code as printed, or empty
     * @param name the name as printed
     * @param indicators the entry's own indicator rows
     * @param budget the entry's budget, or empty
     * @param children the entries below
     * @throws NullPointerException naming the component, or the element, that is null
     * @throws IllegalArgumentException naming the entry if the name is blank, a child is not below the entry's
     *         level, or an entry with children is given a budget
     */
    public FormNode {
        Decimals.notNull(level, "level");
        code = Decimals.notNull(code, "code").strip();
        name = Decimals.notBlank(name, "name");
        indicators = copy(indicators, "indicators");
        Decimals.notNull(budget, "budget");
        children = copy(children, "children");
        for (FormNode child : children) {
            if (child.level.ordinal() <= level.ordinal()) {
                throw new IllegalArgumentException(level.label() + " '" + name + "' cannot hold the "
                        + child.level.label() + " '" + child.name + "': a child must be of a lower level");
            }
        }
        if (budget.isPresent() && !children.isEmpty()) {
            throw new IllegalArgumentException(level.label() + " '" + name + "' has children, so its budget is"
                    + " the sum of theirs and must not be given");
        }
    }

    private static <T> List<T> copy(List<T> list, String name) {
        Decimals.notNull(list, name);
        List<T> copy = new ArrayList<>(list.size());
        for (T element : list) {
            copy.add(Decimals.notNull(element, name + " element"));
        }
        return List.copyOf(copy);
    }

    /**
     * Obtains a lowest entry with a budget.
     *
     * @param level the level
     * @param code the code as printed, or empty
     * @param name the name as printed
     * @param indicators its indicator rows
     * @param budget its budget
     * @return the entry
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static FormNode leaf(Level level, String code, String name, List<IndicatorRow> indicators,
            RowBudget budget) {
        return new FormNode(level, code, name, indicators, Optional.of(Decimals.notNull(budget, "budget")),
                List.of());
    }

    /**
     * Obtains an entry whose budget and performance come from the entries below it.
     *
     * @param level the level
     * @param code the code as printed, or empty
     * @param name the name as printed
     * @param indicators its own indicator rows (a program's outcome indicators, for example)
     * @param children the entries below
     * @return the entry
     * @throws NullPointerException naming the argument that is null
     * @throws IllegalArgumentException as the constructor does
     */
    public static FormNode parent(Level level, String code, String name, List<IndicatorRow> indicators,
            List<FormNode> children) {
        return new FormNode(level, code, name, indicators, Optional.empty(), children);
    }

    /**
     * Tells whether the entry has no entries below it.
     *
     * @return true for a lowest entry
     */
    public boolean isLeaf() {
        return children.isEmpty();
    }

    /**
     * Returns the entry's budget: its own for a lowest entry, otherwise the sum of its children's
     * ({@link RowBudget#sum}). Children without a budget add nothing.
     *
     * @return the budget, or empty if neither the entry nor any entry below it has one
     */
    public Optional<RowBudget> totalBudget() {
        if (isLeaf()) {
            return budget;
        }
        List<RowBudget> budgets = new ArrayList<>();
        for (FormNode child : children) {
            child.totalBudget().ifPresent(budgets::add);
        }
        return budgets.isEmpty() ? Optional.empty() : Optional.of(RowBudget.sum(budgets));
    }

    /**
     * Rolls the K half up: for a lowest entry the mean of its own indicators' achievements, for an entry with
     * children the mean of the children's rolled-up figures. Achievements that are not computable are left out and
     * counted, never read as zero.
     * <p>
     * The own indicators of an entry with children (a program's outcome indicators) are not part of its roll-up:
     * they are evaluated in their own rows, against their own targets; the roll-up summarises what the entries
     * below achieved, each child weighing the same, as e-Monev applications roll a sasaran up from its programs.
     * The form's bottom row averages every indicator row instead ({@link FormSummary}).
     *
     * @param measure column 15 or {@code 13 / 8}
     * @param policy the policy
     * @return the mean with how many figures it used and left out, and its working
     * @throws NullPointerException naming the argument that is null
     */
    public MeanAchievement rolledUp(Measure measure, EvaluationPolicy policy) {
        Decimals.notNull(measure, "measure");
        Decimals.notNull(policy, "policy");
        List<Achievement> achievements = new ArrayList<>();
        if (isLeaf()) {
            for (IndicatorRow row : indicators) {
                achievements.add(row.achievement(measure, policy));
            }
            return Workings.mean(achievements, Text.of("evaluation.subject.indicatorsOf", describe()));
        }
        for (FormNode child : children) {
            achievements.add(child.rolledUp(measure, policy).achievement());
        }
        return Workings.mean(achievements, Text.of("evaluation.subject.entriesBelow", describe()));
    }

    /**
     * Returns every indicator row of the entry and the entries below it, in the form's order: the entry's own
     * rows first, then each child's.
     *
     * @return the rows, unmodifiable
     */
    public List<IndicatorRow> allIndicators() {
        List<IndicatorRow> rows = new ArrayList<>(indicators);
        for (FormNode child : children) {
            rows.addAll(child.allIndicators());
        }
        return List.copyOf(rows);
    }

    /**
     * Returns the entry as the form stood at the end of a quarter: in every row and budget below it, the later
     * quarters are not reported yet.
     *
     * @param quarter the last quarter reported, from 0 (none) to 4
     * @return a copy with the later quarters absent
     * @throws IllegalArgumentException quoting the quarter if it is not from 0 to 4
     */
    public FormNode upToQuarter(int quarter) {
        Workings.checkUpTo(quarter);
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorRow row : indicators) {
            rows.add(row.upToQuarter(quarter));
        }
        List<FormNode> below = new ArrayList<>();
        for (FormNode child : children) {
            below.add(child.upToQuarter(quarter));
        }
        Optional<RowBudget> upTo = budget.isPresent() ? Optional.of(budget.get().upToQuarter(quarter))
                : budget;
        return new FormNode(level, code, name, rows, upTo, below);
    }

    private String describe() {
        return level.label() + " " + (code.isEmpty() ? name : code);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "FormNode[program 2.07.01 PROGRAM PENUNJANG…, 3 indicators, 7 children]"}
     */
    @Override
    public String toString() {
        return "FormNode[" + level.label() + (code.isEmpty() ? "" : " " + code) + " " + name + ", "
                + indicators.size() + " indicators, " + children.size() + " children]";
    }
}
