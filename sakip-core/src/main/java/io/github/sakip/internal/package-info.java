/**
 * Implementation helpers; not exported by the module and not part of the API.
 */
package io.github.sakip.internal;
