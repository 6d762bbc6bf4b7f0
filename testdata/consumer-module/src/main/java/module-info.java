/** A user's module: it needs only the library's exported packages. */
module example.consumer {
    requires io.github.zhibiao;
}
