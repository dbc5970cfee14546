package io.github.sakip.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error while a batch is audited, when standard error is a terminal: one line,
 * redrawn at most ten times a second, erased at the end. Otherwise it says nothing.
 */
class Progress {

    /** The progress that says nothing. */
    static final Progress QUIET = new Progress();

    private static final int WIDTH = 30;

    private Progress() {
    }

    /**
     * Shows progress on a terminal.
     *
     * @param err standard error
     * @param texts the texts
     * @return the progress bar
     */
    static Progress bar(PrintWriter err, Texts texts) {
        return new Bar(err, texts);
    }

    /**
     * Reports progress.
     *
     * @param reports the reports audited so far
     * @param done the bytes read so far
     * @param total the bytes to read; 0 when unknown
     */
    void update(long reports, long done, long total) {
    }

    /** Erases the bar. */
    void finish() {
    }

    private static final class Bar extends Progress {

        private final PrintWriter err;
        private final Texts texts;
        private long shownAt;
        private int shownLength;

        Bar(PrintWriter err, Texts texts) {
            this.err = err;
            this.texts = texts;
        }

        @Override
        void update(long reports, long done, long total) {
            long now = System.nanoTime();
            if (shownLength > 0 && now - shownAt < 100_000_000L) {
                return;
            }
            shownAt = now;
            int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
            int filled = percent * WIDTH / 100;
            String line = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                    + texts.get("progress", reports, percent);
            err.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())));
            err.flush();
            shownLength = line.length();
        }

        @Override
        void finish() {
            if (shownLength > 0) {
                err.print("\r" + " ".repeat(shownLength) + "\r");
                err.flush();
                shownLength = 0;
            }
        }
    }
}
