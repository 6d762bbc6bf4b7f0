/**
 * Loading report files into text: {@link io.github.zhibiao.load.ReportLoader} (the only Tika user
 * in the project), {@link io.github.zhibiao.load.LoadedReport} with charset provenance and
 * {@link io.github.zhibiao.load.Diagnostic}s, and typed {@link io.github.zhibiao.load.LoadException}s.
 */
package io.github.zhibiao.load;
