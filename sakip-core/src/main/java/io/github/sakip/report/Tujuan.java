package io.github.sakip.report;

import io.github.sakip.internal.Decimals;
import java.io.Serializable;
import java.util.List;

/**
 * A tujuan (the aim of a Renstra, which its sasaran serve) at the top of the cascade (pohon kinerja) of a report:
 * tujuan, then sasaran, then the budget codes and programs that serve each sasaran.
 * <p>
 * A report's cascade is the list of its tujuan ({@link PerformanceReport#cascade()}), from its tables of tujuan and
 * sasaran (Tabel 2.1), of performance and budget per sasaran (Tabel 3.7), and of programs and kegiatan (Tabel 3.8).
 * <p>
 * This class is immutable, thread-safe and serializable.
 * <p>
 * Serialised as its components, through the canonical constructor, which validates them.
 *
 * @serial exclude
 * @param name the tujuan as printed, such as "Menurunnya Pengangguran Terbuka"
 * @param sasaran the sasaran that serve it, in the order printed
 */
public record Tujuan(String name, List<Sasaran> sasaran) implements Serializable {

    /**
     * Creates a tujuan, validating it and copying its list.
     *
     * @param name the tujuan as printed
     * @param sasaran the sasaran that serve it
     * @throws NullPointerException naming the component that is null, or the place of a null sasaran
     * @throws IllegalArgumentException quoting the name if it is blank
     */
    public Tujuan {
        name = Decimals.notBlank(name, "name");
        sasaran = Decimals.copyOf(sasaran, "sasaran");
    }

    /**
     * Obtains a tujuan.
     *
     * @param name the tujuan as printed
     * @param sasaran the sasaran that serve it, in the order printed
     * @return the tujuan
     * @throws NullPointerException naming the argument that is null, or the place of a null sasaran
     * @throws IllegalArgumentException quoting the name if it is blank
     */
    public static Tujuan of(String name, List<Sasaran> sasaran) {
        return new Tujuan(name, sasaran);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code "Tujuan[Menurunnya Pengangguran Terbuka, 1 sasaran]"}
     */
    @Override
    public String toString() {
        return "Tujuan[" + name + ", " + sasaran.size() + " sasaran]";
    }
}
