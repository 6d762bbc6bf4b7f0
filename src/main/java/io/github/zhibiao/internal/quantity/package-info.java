/**
 * Internal, not API (may change without notice): the quantity grammar. A linear scanner finds
 * number-with-unit spans over the original text, driven by the rule tables; a resolver turns each
 * into an exact {@code BigDecimal} value and a normalized unit. Use
 * {@link io.github.zhibiao.api.QuantityGrammar}.
 */
package io.github.zhibiao.internal.quantity;
