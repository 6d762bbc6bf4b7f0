/**
 * The result types: immutable records and enums. {@link io.github.zhibiao.model.Indicator} is one
 * record of the JSON Lines contract; {@link io.github.zhibiao.model.Measure} is the sealed family of
 * exact values.
 */
package io.github.zhibiao.model;
