package io.github.sakip.audit;

import java.util.Optional;

/**
 * One known way a printed figure goes wrong in real reports, such as a figure truncated instead of rounded: given
 * a wrong figure, it tells whether that mistake reproduces the printed figure exactly, and if so names it with its
 * working.
 * <p>
 * Each diagnosis is one small class, and a new way of going wrong is a new class added to {@link Diagnoses#ORDER}.
 * A diagnosis runs only for a figure already found wrong, in constant time (or, for a parent total, in time linear
 * in its children), and must not name a cause that does not reproduce the printed figure exactly.
 */
interface Diagnosis {

    /**
     * Tries this mistake on a wrong figure.
     *
     * @param figure the wrong figure, with what the checker knows of how it is made
     * @return the cause, if this mistake gives exactly the printed figure; empty otherwise
     */
    Optional<Cause> explain(WrongFigure figure);
}
