/**
 * Runnable examples of sakip; never published.
 */
module io.github.sakip.examples {
    requires io.github.sakip.core;
    requires io.github.sakip.json;
    requires io.github.sakip.cli;
    requires java.management;
    // Benchmarks only, at compile time: the examples run without JMH, and JMH runs the benchmarks on the class
    // path, where this descriptor is not read.
    requires static jmh.core;
}
