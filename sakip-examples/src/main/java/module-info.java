/**
 * Runnable examples of sakip; never published.
 */
module io.github.sakip.examples {
    requires io.github.sakip.core;
    requires io.github.sakip.json;
    requires java.management;
}
