/**
 * Internal, not API (may change without notice): the quantity finder, a linear scanner over the
 * original text driven by the rule tables. Use {@link io.github.zhibiao.api.QuantityGrammar}.
 */
package io.github.zhibiao.find;
