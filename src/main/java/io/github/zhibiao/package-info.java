/**
 * zhibiao: typed indicator records from Chinese government reports. Start with
 * {@link io.github.zhibiao.Zhibiao} for scripts or {@link io.github.zhibiao.api.Extractor} in applications.
 */
package io.github.zhibiao;
