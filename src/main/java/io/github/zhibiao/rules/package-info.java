/**
 * Indicator rules as data: tab-separated rules files read into an immutable
 * {@link io.github.zhibiao.rules.RuleSet}; a user adds a file with
 * {@link io.github.zhibiao.rules.RuleSet#with(java.nio.file.Path)}.
 */
package io.github.zhibiao.rules;
