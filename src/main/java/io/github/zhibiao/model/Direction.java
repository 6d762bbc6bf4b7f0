package io.github.zhibiao.model;

/** The direction of a change against a baseline; the value itself stays the written magnitude. */
public enum Direction {
    /** 增加, 增长, 提高, 提升, 上升. */
    UP,
    /** 减少, 下降, 降低, 回落, 缩小. */
    DOWN
}
