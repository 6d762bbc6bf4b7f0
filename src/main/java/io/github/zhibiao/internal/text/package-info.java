/**
 * Internal, not API (may change without notice): the analysis view of a loaded text, and the
 * cleaning of scraped pages that builds it, with an exact offset map back to the loaded text.
 */
package io.github.zhibiao.internal.text;
