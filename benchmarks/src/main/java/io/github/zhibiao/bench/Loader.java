package io.github.zhibiao.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;

/**
 * The library's {@code io.github.zhibiao.load.ReportLoader}, reached through method handles.
 *
 * <p>Why not a plain call: the loader is built on its own branch and this module must compile
 * against whichever library version is installed; without the loader, only the loading
 * benchmark fails (with a clear message), the rest still builds and runs. Replace with direct
 * calls once {@code ReportLoader} is in every build. A method handle call costs nanoseconds,
 * a load milliseconds.
 */
final class Loader {

    static final String CLASS = "io.github.zhibiao.load.ReportLoader";

    private final Object loader;
    private final MethodHandle load;
    private final MethodHandle text;

    private Loader(Object loader, MethodHandle load, MethodHandle text) {
        this.loader = loader;
        this.load = load;
        this.text = text;
    }

    static Loader create() {
        try {
            Class<?> c = Class.forName(CLASS);
            MethodHandles.Lookup l = MethodHandles.publicLookup();
            Object loader = l.findStatic(c, "defaults", MethodType.methodType(c)).invoke();
            Class<?> report = c.getMethod("load", Path.class).getReturnType();
            MethodHandle load = l.findVirtual(c, "load", MethodType.methodType(report, Path.class));
            MethodHandle text = l.findVirtual(report, "text", MethodType.methodType(String.class));
            return new Loader(loader, load, text);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(CLASS + " is not in the installed zhibiao library: "
                    + "install a build that has the loader (branch loader) before running LoadBenchmark", e);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot bind " + CLASS + ".defaults()/load(Path)/text()", e);
        }
    }

    /** The text of a report file. */
    String load(Path file) {
        try {
            return (String) text.invoke(load.invoke(loader, file));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("loading " + file + " failed: " + e, e);
        }
    }
}
