/**
 * The evaluation forms of Permendagri 86/2017 (Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017, its annex): the
 * results of the plans of a regional government and its agencies (perangkat daerah), K (kinerja, performance) and
 * Rp (anggaran, budget) side by side, quarter by quarter and year by year. Not to be confused with the AKIP
 * evaluation ({@link io.github.sakip.AkipEvaluation}).
 * <p>
 * "Evaluasi terhadap Hasil Renja Perangkat Daerah" (Formulir E.81 for a kabupaten/kota) and the RKPD form of the same
 * shape: an indicator's K half is an {@link io.github.sakip.evaluation.IndicatorRow}, a program's, kegiatan's or sub
 * kegiatan's Rp half a {@link io.github.sakip.evaluation.RowBudget}, their quarters
 * {@link io.github.sakip.evaluation.Quarters}; the entries form a tree of
 * {@link io.github.sakip.evaluation.FormNode}s that rolls up, and the bottom rows are a
 * {@link io.github.sakip.evaluation.FormSummary}. Spending against the cash plan (RAK) is a
 * {@link io.github.sakip.evaluation.CashPlan}. "Evaluasi terhadap Hasil Renstra Perangkat Daerah" (E.80) and the
 * RPJMD form, over the years of the period, have a {@link io.github.sakip.evaluation.RenstraEvaluationRow} per
 * indicator.
 * <pre>{@code
 * Indicator trained = Indicator.of("Pencari kerja dilatih", "Orang", Polarity.POSITIVE, Accumulation.FLOW);
 * IndicatorRow row = IndicatorRow.of(trained, Target.of(new BigDecimal("1536")), Realization.of(new BigDecimal("470")),
 *         Target.of(new BigDecimal("512")), Quarters.reported(new BigDecimal("100"), new BigDecimal("150"),
 *         new BigDecimal("140")));                // triwulan IV not reported yet
 * row.realizationThisYear().explain();
 * // "jumlah triwulan I, II, III: 100 + 150 + 140 = 390; triwulan IV tidak dilaporkan"
 * row.realizationThisYear().explain(Languages.ENGLISH);
 * // "sum of triwulan I, II, III: 100 + 150 + 140 = 390; triwulan IV not reported"
 * row.renstraAchievement().rounded();    // 55.99: (470 + 390) / 1.536 × 100 %
 * row.yearAchievement().rounded();       // 76.17: 390 / 512 × 100 %
 * }</pre>
 * Every choice the regulation leaves open is an {@link io.github.sakip.evaluation.EvaluationPolicy} with a default,
 * and every derived figure explains its working: in Bahasa Indonesia by default, in English on request
 * ({@code explain(Locale)}, {@code reason(Locale)}), with numbers as reports print them in both languages; the
 * language is always the caller's choice, never the JVM's default locale. Arguments are never null; a null gives a
 * {@link NullPointerException} naming it.
 */
package io.github.sakip.evaluation;
