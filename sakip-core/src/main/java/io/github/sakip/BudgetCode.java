package io.github.sakip;

import io.github.sakip.internal.Decimals;
import java.io.Serializable;
import java.util.Optional;

/**
 * The code of a budget line, in one of three kinds, chosen by {@link #parse(String)} from the text's first segment:
 * <ul>
 * <li>{@link Regional} codes of a region's budget (Kepmendagri 050-5889/2021, which carries on Permendagri 90/2019):
 * urusan {@code 2}, bidang urusan {@code 2.07}, program {@code 2.07.01}, kegiatan {@code 2.07.01.2.01}, sub
 * kegiatan {@code 2.07.01.2.01.0001} or {@code 2.07.01.2.01.01}, and the {@code X.XX} placeholder SIPD prints for
 * the programs common to every bidang ({@code X.XX.01} Program Penunjang Urusan Pemerintahan Daerah). A first
 * segment of one digit (or {@code X}) makes a regional code.</li>
 * <li>{@link Central} codes of a ministry's or agency's budget (RKA-K/L, PMK 62/2023 and its predecessors, in the
 * structure redesigned for 2021): bagian anggaran {@code 063}, eselon I {@code 063.01}, program {@code 063.01.WA},
 * kegiatan {@code 063.01.WA.3165}, KRO {@code 063.01.WA.3165.QAH}, RO {@code 063.01.WA.3165.QAH.001}, komponen
 * {@code ….051}, sub komponen {@code ….051.A}; and the same from the kegiatan down without the prefix, as tables
 * print them: {@code 3165}, {@code 3165.QAH}, {@code 3165.QAH.001}, {@code 3165.QAH.001.051},
 * {@code 3165.QAH.001.051.A}. A first segment of three digits makes a full central code, of four digits a short
 * one.</li>
 * <li>{@link FreeForm} codes: no code at all (blank), or a code of no known nomenclature (a BLUD's, a BUMD's, an
 * agency's own chart), such as {@code BLUD-01} or {@code A.1}. Every other first segment makes a free-form
 * code.</li>
 * </ul>
 * A text whose first segment announces a known form must then be that form exactly, or it is refused with a message
 * that names the form it almost is: {@code 2.07.1} is a malformed regional program, not a free-form code. So a
 * label such as {@code 1.1} cannot be a free-form code; write it {@code A.1} or {@code I.1}. The decision table is
 * in {@code docs/budget-codes.md}.
 * <p>
 * Some forms are refused on purpose. A SIPD organisation unit code ({@code 2.07.0.00.0.00.01.0000}, kode SKPD or
 * unit SKPD: three bidang urusan, the organisation and the unit) is not the code of a budget line, and prefixed to
 * one ({@code 2.07.0.00.0.00.01.0000.2.07.01}) it would make the same program of two units two codes or, stripped,
 * one: SIPD prints the unit in its own column or heading, and a table of several units is entered one tree per
 * unit. Outputs of the K/L structure before 2021 ({@code 3165.001}: kegiatan.output) are refused naming the KRO the
 * form requires. A K/L code that starts at its program ({@code WA.4611.EBA.994}, the MAK of a POK or DIPA: two
 * capital letters, then a kegiatan of four digits) is refused too: it does not say its bagian anggaran and eselon
 * I, and the message gives the two forms that are read.
 * <p>
 * The hierarchy comes from the code where the code carries it ({@link #parent()}); a short central kegiatan
 * ({@code 3165}), a regional urusan or {@code X.XX} program, a bagian anggaran and a free-form code carry none, and
 * a {@link BudgetLine} can be given its parent explicitly.
 * <p>
 * Equality is the code's meaning, not its text: {@code 2.07.01.2.01.02} and {@code 2.07.01.2.01.0002} are equal,
 * and {@code toString()} writes the canonical form, so {@code parse(c.toString()).equals(c)} for every code.
 * Codes compare in code order, a parent before its children: regional codes first, then central, then free-form
 * (by their text).
 * <p>
 * Implementations are immutable, thread-safe and serializable; a record is serialised as its components and
 * validated on the way back in by its canonical constructor.
 */
public sealed interface BudgetCode extends Comparable<BudgetCode>, Serializable
        permits BudgetCode.Regional, BudgetCode.Central, BudgetCode.FreeForm {

    /** The nomenclature a code belongs to. */
    enum Nomenclature {

        /** Kepmendagri 050-5889/2021: the budgets of provinces, regencies and cities. */
        REGIONAL,

        /** RKA-K/L (PMK 62/2023): the budgets of ministries and agencies (kementerian/lembaga). */
        CENTRAL,

        /** No known nomenclature, or no code at all. */
        FREE_FORM
    }

    /**
     * Parses a code of any kind; see the class description for the forms. White space around the code (also
     * no-break spaces) is ignored, and a blank text is the code of a line with none ({@link FreeForm#BLANK}).
     *
     * @param text the code as printed, such as {@code "2.07.01.2.01.02"}, {@code "063.01.WA.3165.QAH.001"} or
     *        {@code ""}
     * @return the code
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException quoting the text if it is longer than 64 characters, or if its first segment
     *         announces a known form that the rest does not follow; the message names the form and the segment
     */
    static BudgetCode parse(String text) {
        return BudgetCodes.parse(Decimals.notNull(text, "text"));
    }

    /**
     * Returns the nomenclature of this code.
     *
     * @return regional, central or free-form
     */
    Nomenclature nomenclature();

    /**
     * Returns the level of this code.
     *
     * @return such as {@link BudgetLevel#PROGRAM}; {@link BudgetLevel#FREE_FORM} for a free-form code
     */
    BudgetLevel level();

    /**
     * Returns the code of the level above, where the code carries it.
     *
     * @return the parent, or empty for a code at the top of what it says: an urusan, an {@code X.XX} program, a
     *         bagian anggaran, a short central kegiatan such as {@code 3165}, and a free-form code
     */
    Optional<BudgetCode> parent();

    /**
     * Tells whether this is the code of a line with no code.
     *
     * @return true only for {@link FreeForm#BLANK}
     */
    default boolean isBlank() {
        return false;
    }

    /**
     * Tells whether this code is the given code or lies below it by its code.
     *
     * @param ancestor the code that may contain this one
     * @return true if {@code ancestor} is this code or one of the parents up its chain
     * @throws NullPointerException if {@code ancestor} is null
     */
    default boolean isWithin(BudgetCode ancestor) {
        Decimals.notNull(ancestor, "ancestor");
        BudgetCode code = this;
        while (true) {
            if (code.equals(ancestor)) {
                return true;
            }
            Optional<BudgetCode> parent = code.parent();
            if (parent.isEmpty()) {
                return false;
            }
            code = parent.get();
        }
    }

    /**
     * A code of a region's budget (Kepmendagri 050-5889/2021, carrying on Permendagri 90/2019):
     * {@code urusan[.bidang[.program[.kegiatan-group.kegiatan[.sub-kegiatan]]]]}.
     * <ul>
     * <li>urusan: one digit, 1 to 9 ({@code 2}, {@link BudgetLevel#URUSAN});</li>
     * <li>bidang urusan: two digits, 01 to 99 ({@code 2.07}, {@link BudgetLevel#BIDANG_URUSAN});</li>
     * <li>program: two digits ({@code 2.07.01}, {@link BudgetLevel#PROGRAM});</li>
     * <li>kegiatan: a group digit 1 to 9 and two digits ({@code 2.07.01.2.01}, {@link BudgetLevel#KEGIATAN});</li>
     * <li>sub kegiatan: two digits (Permendagri 90/2019, and the reference report) or four (Kepmendagri
     * 050-5889/2021), not 0 ({@code 2.07.01.2.01.02} = {@code 2.07.01.2.01.0002},
     * {@link BudgetLevel#SUB_KEGIATAN}).</li>
     * </ul>
     * SIPD's placeholder {@code X.XX} stands for the bidang of the programs common to every bidang (Program
     * Penunjang Urusan Pemerintahan Daerah {@code X.XX.01}); it is held as urusan 0 and bidang 0, comes before
     * program codes only, and has no parent: it is not a bidang.
     * <p>
     * {@link #toString()} writes a sub kegiatan number below 100 in two digits and others in four, so
     * {@code 2.07.01.2.01.0002} is written {@code 2.07.01.2.01.02}. This class is immutable and thread-safe.
     *
     * @serial exclude
     * @param urusan the urusan digit, such as {@code 2}; 0 with bidang 0 for {@code X.XX}
     * @param bidang the bidang urusan number, such as {@code 7}; 0 for an urusan or {@code X.XX}
     * @param program the program number, such as {@code 1}; 0 above a program
     * @param kegiatanGroup the kegiatan group digit, such as {@code 2}; 0 above a kegiatan
     * @param kegiatan the kegiatan number, such as {@code 1}; 0 above a kegiatan
     * @param subKegiatan the sub kegiatan number, such as {@code 2}; 0 above a sub kegiatan
     */
    record Regional(int urusan, int bidang, int program, int kegiatanGroup, int kegiatan, int subKegiatan)
            implements BudgetCode {

        /**
         * Creates a code from its numbers; {@link BudgetCode#parse(String)} is the usual way.
         *
         * @param urusan the urusan digit, such as {@code 2}; 0 with bidang 0 for {@code X.XX}
         * @param bidang the bidang urusan number, such as {@code 7}; 0 for an urusan or {@code X.XX}
         * @param program the program number, such as {@code 1}; 0 above a program
         * @param kegiatanGroup the kegiatan group digit, such as {@code 2}; 0 above a kegiatan
         * @param kegiatan the kegiatan number, such as {@code 1}; 0 above a kegiatan
         * @param subKegiatan the sub kegiatan number, such as {@code 2}; 0 above a sub kegiatan
         * @throws IllegalArgumentException naming the number that is out of range, or if a level is given below a
         *         missing one (a sub kegiatan without a kegiatan), or {@code X.XX} without a program
         */
        public Regional {
            if (urusan == 0 && bidang == 0) {
                if (program == 0) {
                    throw new IllegalArgumentException("the placeholder X.XX (urusan 0, bidang 0) stands only"
                            + " before a program, but program was 0");
                }
            } else {
                BudgetCodes.range(urusan, 1, 9, "urusan");
                BudgetCodes.range(bidang, 0, 99, "bidang");
            }
            BudgetCodes.range(program, 0, 99, "program");
            BudgetCodes.range(kegiatanGroup, 0, 9, "kegiatanGroup");
            BudgetCodes.range(kegiatan, 0, 99, "kegiatan");
            BudgetCodes.range(subKegiatan, 0, 9999, "subKegiatan");
            if ((kegiatanGroup == 0) != (kegiatan == 0)) {
                throw new IllegalArgumentException("kegiatanGroup and kegiatan are given together, but were "
                        + kegiatanGroup + " and " + kegiatan);
            }
            if (urusan == 0) {
                BudgetCodes.topDown(new int[] {program, kegiatan, subKegiatan},
                        new String[] {"program", "kegiatan", "subKegiatan"});
            } else {
                BudgetCodes.topDown(new int[] {urusan, bidang, program, kegiatan, subKegiatan},
                        new String[] {"urusan", "bidang", "program", "kegiatan", "subKegiatan"});
            }
        }

        /**
         * Tells whether this is a program (or one of its kegiatan) common to every bidang, which SIPD prints
         * with the placeholder {@code X.XX}.
         *
         * @return true for {@code X.XX.01} and the codes below it
         */
        public boolean isCommonToEveryBidang() {
            return urusan == 0;
        }

        @Override
        public Nomenclature nomenclature() {
            return Nomenclature.REGIONAL;
        }

        @Override
        public BudgetLevel level() {
            if (bidang == 0 && urusan != 0) {
                return BudgetLevel.URUSAN;
            }
            if (program == 0) {
                return BudgetLevel.BIDANG_URUSAN;
            }
            if (kegiatan == 0) {
                return BudgetLevel.PROGRAM;
            }
            return subKegiatan == 0 ? BudgetLevel.KEGIATAN : BudgetLevel.SUB_KEGIATAN;
        }

        @Override
        public Optional<BudgetCode> parent() {
            switch (level()) {
                case SUB_KEGIATAN:
                    return Optional.of(new Regional(urusan, bidang, program, kegiatanGroup, kegiatan, 0));
                case KEGIATAN:
                    return Optional.of(new Regional(urusan, bidang, program, 0, 0, 0));
                case PROGRAM:
                    return urusan == 0 ? Optional.empty() : Optional.of(new Regional(urusan, bidang, 0, 0, 0, 0));
                case BIDANG_URUSAN:
                    return Optional.of(new Regional(urusan, 0, 0, 0, 0, 0));
                default:
                    return Optional.empty();
            }
        }

        /**
         * Compares in code order: {@code X.XX} programs first, then by urusan, bidang, program, kegiatan group,
         * kegiatan and sub kegiatan number, so a parent comes before its children; a regional code comes before a
         * code of another nomenclature. Consistent with {@code equals}.
         *
         * @param other the other code
         * @return negative, zero or positive
         */
        @Override
        public int compareTo(BudgetCode other) {
            if (!(other instanceof Regional o)) {
                return Integer.compare(nomenclature().ordinal(), other.nomenclature().ordinal());
            }
            // Called for every insertion into a budget tree: compare field by field without allocating.
            int c = Integer.compare(urusan, o.urusan);
            if (c == 0) {
                c = Integer.compare(bidang, o.bidang);
            }
            if (c == 0) {
                c = Integer.compare(program, o.program);
            }
            if (c == 0) {
                c = Integer.compare(kegiatanGroup, o.kegiatanGroup);
            }
            if (c == 0) {
                c = Integer.compare(kegiatan, o.kegiatan);
            }
            return c == 0 ? Integer.compare(subKegiatan, o.subKegiatan) : c;
        }

        /**
         * Returns the canonical code.
         *
         * @return such as {@code "2"}, {@code "2.07"}, {@code "2.07.01"}, {@code "X.XX.01"},
         *         {@code "2.07.01.2.01"} or {@code "2.07.01.2.01.02"}; a sub kegiatan number of 100 or more in
         *         four digits, such as {@code "2.07.01.2.01.0123"}
         */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(17);
            if (urusan == 0) {
                b.append("X.XX");
            } else {
                b.append(urusan);
                if (bidang != 0) {
                    BudgetCodes.pad(b.append('.'), bidang, 2);
                }
            }
            if (program != 0) {
                BudgetCodes.pad(b.append('.'), program, 2);
            }
            if (kegiatan != 0) {
                BudgetCodes.pad(b.append('.').append(kegiatanGroup).append('.'), kegiatan, 2);
            }
            if (subKegiatan != 0) {
                BudgetCodes.pad(b.append('.'), subKegiatan, subKegiatan < 100 ? 2 : 4);
            }
            return b.toString();
        }
    }

    /**
     * A code of a ministry's or agency's budget (RKA-K/L; PMK 62/2023 on the preparation of RKA-K/L and its
     * predecessors, in the structure of programs, kegiatan, klasifikasi rincian output (KRO) and rincian output
     * (RO) used since the 2021 budget): {@code bagian-anggaran.eselon-I.program.kegiatan.KRO.RO.komponen.sub-komponen}
     * in full, or from the kegiatan down ({@code kegiatan.KRO.RO.komponen.sub-komponen}) as tables print it.
     * <ul>
     * <li>bagian anggaran: three digits, 001 to 999 ({@code 063}, {@link BudgetLevel#BAGIAN_ANGGARAN});</li>
     * <li>eselon I: two digits, 01 to 99 ({@code 063.01}, {@link BudgetLevel#ESELON_I});</li>
     * <li>program: two capital letters since 2021 ({@code 063.01.WA}, the common Program Dukungan Manajemen), or
     * two digits, 01 to 99, before ({@code 063.01.01}) ({@link BudgetLevel#PROGRAM});</li>
     * <li>kegiatan: four digits, 0001 to 9999 ({@code 3165}, {@link BudgetLevel#KEGIATAN});</li>
     * <li>KRO: three capital letters ({@code 3165.QAH}, {@link BudgetLevel#KRO});</li>
     * <li>RO: three digits, 001 to 999 ({@code 3165.QAH.001}, {@link BudgetLevel#RO});</li>
     * <li>komponen: three digits, 001 to 999 ({@code 3165.QAH.001.051}, {@link BudgetLevel#KOMPONEN});</li>
     * <li>sub komponen: one capital letter ({@code 3165.QAH.001.051.A}, {@link BudgetLevel#SUB_KOMPONEN}).</li>
     * </ul>
     * The widths and alphabets are those of the published RKA-K/L data (for example BPS's {@code 054.01.WA},
     * {@code 2886.EBA.994}, komponen {@code 051}, sub komponen {@code A}). A short code is not equal to the full
     * code of the same kegiatan or output: they are different texts of different reach, and a table uses one of
     * them. The parent of a short kegiatan is unknown unless a {@link BudgetLine} gives it.
     * <p>
     * Absent levels are 0 (numbers) or empty (letters). This class is immutable and thread-safe.
     *
     * @serial exclude
     * @param bagianAnggaran the bagian anggaran number, such as {@code 63}; 0 for a short code
     * @param eselonI the eselon I number, such as {@code 1}; 0 for a short code or a bagian anggaran
     * @param program the program, two capital letters ({@code "WA"}) or two digits ({@code "01"}); empty for a short
     *        code and above a program
     * @param kegiatan the kegiatan number, such as {@code 3165}; 0 above a kegiatan
     * @param kro the klasifikasi rincian output, three capital letters such as {@code "QAH"}; empty above it
     * @param ro the rincian output number, such as {@code 1}; 0 above it
     * @param komponen the komponen number, such as {@code 51}; 0 above it
     * @param subKomponen the sub komponen, one capital letter such as {@code "A"}; empty above it
     */
    record Central(int bagianAnggaran, int eselonI, String program, int kegiatan, String kro, int ro, int komponen,
            String subKomponen) implements BudgetCode {

        /**
         * Creates a code from its parts; {@link BudgetCode#parse(String)} is the usual way.
         *
         * @param bagianAnggaran the bagian anggaran number, such as {@code 63}; 0 for a short code
         * @param eselonI the eselon I number, such as {@code 1}; 0 for a short code or a bagian anggaran
         * @param program the program, two capital letters or two digits; empty for a short code and above a
         *        program
         * @param kegiatan the kegiatan number, such as {@code 3165}; 0 above a kegiatan
         * @param kro the klasifikasi rincian output, three capital letters; empty above it
         * @param ro the rincian output number; 0 above it
         * @param komponen the komponen number; 0 above it
         * @param subKomponen the sub komponen, one capital letter; empty above it
         * @throws NullPointerException naming the part that is null
         * @throws IllegalArgumentException naming the part and quoting it if it is out of range or of the wrong
         *         letters, if a level is given below a missing one, or if a short code (no bagian anggaran) has no
         *         kegiatan
         */
        public Central {
            Decimals.notNull(program, "program");
            Decimals.notNull(kro, "kro");
            Decimals.notNull(subKomponen, "subKomponen");
            BudgetCodes.range(bagianAnggaran, 0, 999, "bagianAnggaran");
            BudgetCodes.range(eselonI, 0, 99, "eselonI");
            BudgetCodes.range(kegiatan, 0, 9999, "kegiatan");
            BudgetCodes.range(ro, 0, 999, "ro");
            BudgetCodes.range(komponen, 0, 999, "komponen");
            if (!program.isEmpty() && !BudgetCodes.isProgram(program)) {
                throw new IllegalArgumentException("program must be two capital letters or two digits from 01 to"
                        + " 99, but was '" + program + "'");
            }
            BudgetCodes.letters(kro, 3, "kro");
            BudgetCodes.letters(subKomponen, 1, "subKomponen");
            int[] levels = {kegiatan, kro.isEmpty() ? 0 : 1, ro, komponen, subKomponen.isEmpty() ? 0 : 1};
            String[] names = {"kegiatan", "kro", "ro", "komponen", "subKomponen"};
            if (bagianAnggaran == 0) {
                if (eselonI != 0 || !program.isEmpty()) {
                    throw new IllegalArgumentException("a code with no bagianAnggaran starts at its kegiatan, but"
                            + " eselonI was " + eselonI + " and program was '" + program + "'");
                }
                if (kegiatan == 0) {
                    throw new IllegalArgumentException("a code with no bagianAnggaran starts at its kegiatan, but"
                            + " kegiatan was 0");
                }
                BudgetCodes.topDown(levels, names);
            } else {
                BudgetCodes.topDown(new int[] {bagianAnggaran, eselonI, program.isEmpty() ? 0 : 1, kegiatan,
                    levels[1], ro, komponen, levels[4]}, new String[] {"bagianAnggaran", "eselonI", "program",
                    "kegiatan", "kro", "ro", "komponen", "subKomponen"});
            }
        }

        /**
         * Tells whether this code starts at the kegiatan, without the bagian anggaran, eselon I and program.
         *
         * @return true for {@code 3165.QAH.001}, false for {@code 063.01.WA.3165.QAH.001}
         */
        public boolean isShort() {
            return bagianAnggaran == 0;
        }

        @Override
        public Nomenclature nomenclature() {
            return Nomenclature.CENTRAL;
        }

        @Override
        public BudgetLevel level() {
            if (!subKomponen.isEmpty()) {
                return BudgetLevel.SUB_KOMPONEN;
            }
            if (komponen != 0) {
                return BudgetLevel.KOMPONEN;
            }
            if (ro != 0) {
                return BudgetLevel.RO;
            }
            if (!kro.isEmpty()) {
                return BudgetLevel.KRO;
            }
            if (kegiatan != 0) {
                return BudgetLevel.KEGIATAN;
            }
            if (!program.isEmpty()) {
                return BudgetLevel.PROGRAM;
            }
            return eselonI != 0 ? BudgetLevel.ESELON_I : BudgetLevel.BAGIAN_ANGGARAN;
        }

        @Override
        public Optional<BudgetCode> parent() {
            int ba = bagianAnggaran;
            switch (level()) {
                case SUB_KOMPONEN:
                    return Optional.of(new Central(ba, eselonI, program, kegiatan, kro, ro, komponen, ""));
                case KOMPONEN:
                    return Optional.of(new Central(ba, eselonI, program, kegiatan, kro, ro, 0, ""));
                case RO:
                    return Optional.of(new Central(ba, eselonI, program, kegiatan, kro, 0, 0, ""));
                case KRO:
                    return Optional.of(new Central(ba, eselonI, program, kegiatan, "", 0, 0, ""));
                case KEGIATAN:
                    return ba == 0 ? Optional.empty()
                            : Optional.of(new Central(ba, eselonI, program, 0, "", 0, 0, ""));
                case PROGRAM:
                    return Optional.of(new Central(ba, eselonI, "", 0, "", 0, 0, ""));
                case ESELON_I:
                    return Optional.of(new Central(ba, 0, "", 0, "", 0, 0, ""));
                default:
                    return Optional.empty();
            }
        }

        /**
         * Compares in code order: short codes before full ones, then by bagian anggaran, eselon I, program,
         * kegiatan, KRO, RO, komponen and sub komponen, so a parent comes before its children; a central code comes
         * after a regional one and before a free-form one. Consistent with {@code equals}.
         *
         * @param other the other code
         * @return negative, zero or positive
         */
        @Override
        public int compareTo(BudgetCode other) {
            if (!(other instanceof Central o)) {
                return Integer.compare(nomenclature().ordinal(), other.nomenclature().ordinal());
            }
            int c = Integer.compare(bagianAnggaran, o.bagianAnggaran);
            if (c == 0) {
                c = Integer.compare(eselonI, o.eselonI);
            }
            if (c == 0) {
                c = program.compareTo(o.program);
            }
            if (c == 0) {
                c = Integer.compare(kegiatan, o.kegiatan);
            }
            if (c == 0) {
                c = kro.compareTo(o.kro);
            }
            if (c == 0) {
                c = Integer.compare(ro, o.ro);
            }
            if (c == 0) {
                c = Integer.compare(komponen, o.komponen);
            }
            return c == 0 ? subKomponen.compareTo(o.subKomponen) : c;
        }

        /**
         * Returns the canonical code.
         *
         * @return such as {@code "063"}, {@code "063.01.WA"}, {@code "063.01.WA.3165.QAH.001"} or
         *         {@code "3165.QAH.001.051.A"}
         */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(28);
            if (bagianAnggaran != 0) {
                BudgetCodes.pad(b, bagianAnggaran, 3);
                if (eselonI != 0) {
                    BudgetCodes.pad(b.append('.'), eselonI, 2);
                }
                if (!program.isEmpty()) {
                    b.append('.').append(program);
                }
                if (kegiatan != 0) {
                    b.append('.');
                }
            }
            if (kegiatan != 0) {
                BudgetCodes.pad(b, kegiatan, 4);
            }
            if (!kro.isEmpty()) {
                b.append('.').append(kro);
            }
            if (ro != 0) {
                BudgetCodes.pad(b.append('.'), ro, 3);
            }
            if (komponen != 0) {
                BudgetCodes.pad(b.append('.'), komponen, 3);
            }
            if (!subKomponen.isEmpty()) {
                b.append('.').append(subKomponen);
            }
            return b.toString();
        }
    }

    /**
     * A line's code of no known nomenclature (a BLUD's, a BUMD's, an agency's own chart, such as {@code BLUD-01}
     * or {@code A.1}), or no code at all ({@link #BLANK}). It carries no hierarchy: a line with such a code is a
     * leaf at the top of its tree unless the line is given its parent explicitly
     * ({@link BudgetLine#withParent(String)}), and lines under it are given it as their parent.
     * <p>
     * Equality is the text's, case-sensitive. Lines with the blank code are each a line of their own in a tree
     * (never duplicates of each other), and cannot be a parent. This class is immutable and thread-safe.
     *
     * @serial exclude
     * @param text the code as printed, without surrounding white space; empty for a line with no code
     */
    record FreeForm(String text) implements BudgetCode {

        /** The code of a line with no code. */
        public static final FreeForm BLANK = new FreeForm("");

        /**
         * Creates a free-form code.
         *
         * @param text the code, without surrounding white space; empty for a line with no code
         * @throws NullPointerException if {@code text} is null
         * @throws IllegalArgumentException quoting the text if it has white space around it, is longer than 64
         *         characters, or is of a known form, which {@link BudgetCode#parse(String)} reads as such (so that
         *         every code reads back as itself from its text)
         */
        public FreeForm {
            Decimals.notNull(text, "text");
            if (text.length() > BudgetCodes.MAX_LENGTH) {
                throw BudgetCodes.tooLong(text);
            }
            if (BudgetCodes.strip(text).length() != text.length()) {
                throw new IllegalArgumentException("text must not have white space around it, but was '" + text
                        + "'");
            }
            if (BudgetCodes.isOfKnownForm(text)) {
                throw new IllegalArgumentException("'" + text + "' starts as a regional or central code; use"
                        + " BudgetCode.parse to read it");
            }
        }

        @Override
        public boolean isBlank() {
            return text.isEmpty();
        }

        @Override
        public Nomenclature nomenclature() {
            return Nomenclature.FREE_FORM;
        }

        @Override
        public BudgetLevel level() {
            return BudgetLevel.FREE_FORM;
        }

        @Override
        public Optional<BudgetCode> parent() {
            return Optional.empty();
        }

        /**
         * Compares by text, after the codes of every known nomenclature. Consistent with {@code equals}.
         *
         * @param other the other code
         * @return negative, zero or positive
         */
        @Override
        public int compareTo(BudgetCode other) {
            if (!(other instanceof FreeForm o)) {
                return Integer.compare(nomenclature().ordinal(), other.nomenclature().ordinal());
            }
            return text.compareTo(o.text);
        }

        /**
         * Returns the code as printed.
         *
         * @return the text; empty for a line with no code
         */
        @Override
        public String toString() {
            return text;
        }
    }
}
