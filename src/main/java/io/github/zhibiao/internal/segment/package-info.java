/**
 * Internal, not API (may change without notice): the only package that touches HanLP, behind
 * {@link io.github.zhibiao.internal.segment.Segmenter}; HanLP global state and caches stay in here.
 */
package io.github.zhibiao.internal.segment;
