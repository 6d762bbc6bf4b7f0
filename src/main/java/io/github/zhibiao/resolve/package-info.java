/**
 * Internal, not API (may change without notice): exact resolution of found quantities to
 * {@code BigDecimal} values and normalized units. Use {@link io.github.zhibiao.api.QuantityGrammar}.
 */
package io.github.zhibiao.resolve;
