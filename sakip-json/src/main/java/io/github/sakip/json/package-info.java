/**
 * The Jackson binding of sakip: {@link io.github.sakip.json.SakipModule}.
 */
package io.github.sakip.json;
