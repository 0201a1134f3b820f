package org.centinela.system.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine the figures come from: cores, memory, operating system and Java. */
public record Machine(int cores, long memoryMb, String os, String java) {

    public static Machine here() {
        return new Machine(Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    public static String describe() {
        Machine machine = here();
        return String.format("%d cores, %,d MB, %s, %s", machine.cores(), machine.memoryMb(), machine.os(), machine.java());
    }

    private static long totalMemoryMb() {
        try {
            Matcher total = Pattern.compile("MemTotal:\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc/meminfo")));
            return total.find() ? Long.parseLong(total.group(1)) / 1024 : -1;
        } catch (IOException notLinux) {
            return -1;
        }
    }
}
