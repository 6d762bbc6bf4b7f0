/** The command line tool ({@code java -jar zhibiao-all.jar extract …}); not a library API. */
package io.github.zhibiao.cli;
