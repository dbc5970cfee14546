/**
 * AssertJ assertions for sakip: start from {@link io.github.sakip.assertj.SakipAssertions}.
 */
package io.github.sakip.assertj;
