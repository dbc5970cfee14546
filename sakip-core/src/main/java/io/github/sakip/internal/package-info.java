/**
 * Implementation helpers: argument checks and normalisation. Not part of the API: the module exports the package
 * only to the library's own JSON binding, which checks what it reads with the same rules.
 */
package io.github.sakip.internal;
