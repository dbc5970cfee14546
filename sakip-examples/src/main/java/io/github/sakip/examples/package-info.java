/**
 * Runnable examples of sakip over the reference report (LKjIP Dinas Tenaga Kerja Kabupaten Tapin 2024).
 */
package io.github.sakip.examples;
