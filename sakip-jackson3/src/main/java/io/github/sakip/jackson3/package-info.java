/**
 * The Jackson 3 binding of sakip: {@link io.github.sakip.jackson3.SakipModule}.
 */
package io.github.sakip.jackson3;
