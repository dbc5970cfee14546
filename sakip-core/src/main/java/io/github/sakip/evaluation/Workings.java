package io.github.sakip.evaluation;

import io.github.sakip.Achievement;
import io.github.sakip.MeanAchievement;
import io.github.sakip.Realization;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.internal.FigureTexts;
import io.github.sakip.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of the package's workings and reasons: numbers as reports print them (the same in both languages),
 * the names of the quarters, and the workings shared by several classes, as {@link Text}s of the core's bundles
 * written in the language asked for when read.
 */
final class Workings {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private Workings() {
    }

    static int checkQuarter(int quarter, String name) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException(name + " must be from 1 to 4, but was " + quarter);
        }
        return quarter;
    }

    /** Checks the last quarter of a form filled up to a quarter: 0 (none reported) to 4. */
    static void checkUpTo(int quarter) {
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be from 0 to 4, but was " + quarter);
        }
    }

    /** {@code "triwulan II"}. */
    static String quarter(int quarter) {
        return "triwulan " + ROMAN[quarter - 1];
    }

    static String number(BigDecimal value) {
        return IndonesianNumbers.formatOperand(value);
    }

    static String percent(BigDecimal value) {
        return IndonesianNumbers.formatPercent(value);
    }

    /** {@code "II"}. */
    static String roman(int quarter) {
        return ROMAN[quarter - 1];
    }

    /** {@code "jumlah triwulan I, II: 10 + 12 = 22"}, or {@code "triwulan I: 10"} for one quarter. */
    static Text sum(List<Realization> quarters) {
        List<String> names = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < quarters.size(); i++) {
            if (quarters.get(i).isPresent()) {
                BigDecimal value = quarters.get(i).valueIfPresent().orElseThrow();
                names.add(ROMAN[i]);
                terms.add(number(value));
                sum = sum.add(value);
            }
        }
        if (terms.size() == 1) {
            return Text.of("quarters.one", names.get(0), terms.get(0));
        }
        return Text.of("quarters.sum", String.join(", ", names), String.join(" + ", terms), number(sum));
    }

    /** The working followed by {@code "; triwulan III, IV tidak dilaporkan"}, or itself when every quarter is. */
    static Text withNotReported(Text working, List<Realization> quarters) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            if (!quarters.get(i).isPresent()) {
                names.add(ROMAN[i]);
            }
        }
        return names.isEmpty() ? working : Text.of("quarters.withNotReported", working, String.join(", ", names));
    }

    /**
     * The mean of achievements that leaves out the not computable ones and counts them.
     *
     * @param achievements the achievements
     * @param subject what they are the achievements of, plural, such as {@code "indikator kegiatan 2.07.01.2.01"}
     */
    static MeanAchievement mean(List<Achievement> achievements, Text subject) {
        List<BigDecimal> used = new ArrayList<>();
        for (Achievement achievement : achievements) {
            achievement.valueIfComputable().ifPresent(used::add);
        }
        int leftOut = achievements.size() - used.size();
        if (used.isEmpty()) {
            Text why = achievements.isEmpty() ? Text.of("evaluation.mean.none", subject)
                    : Text.of("evaluation.mean.noneComputable", achievements.size(), subject);
            return new MeanAchievement(FigureTexts.access().notComputable(why), 0, leftOut);
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        for (BigDecimal percent : used) {
            sum = sum.add(percent);
            terms.add(percent(percent));
        }
        BigDecimal mean = io.github.sakip.internal.Decimals.divide(sum, BigDecimal.valueOf(used.size()));
        int computed = used.size();
        return new MeanAchievement(FigureTexts.access().achievement(mean, () -> {
            Text working = Text.of("evaluation.mean", computed, subject, String.join(" + ", terms), percent(mean));
            return leftOut > 0 ? Text.of("evaluation.mean.leftOut", working, leftOut) : working;
        }), computed, leftOut);
    }
}
