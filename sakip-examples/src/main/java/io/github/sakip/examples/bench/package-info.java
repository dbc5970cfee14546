/**
 * JMH benchmarks of sakip; run with {@code mvn -B -Pbench -pl sakip-examples -am -DskipTests verify} and never
 * part of the tests.
 */
package io.github.sakip.examples.bench;
