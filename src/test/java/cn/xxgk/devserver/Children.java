package cn.xxgk.devserver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test classes in a JVM of its own, for tests that need a second process. */
final class Children {

    private Children() {
    }

    /** java [jvmOptions] -cp test-classes main args...; the JVM options are those before "--" in {@code arguments}. */
    static Process java(Class<?> main, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> args = new ArrayList<>(List.of(arguments));
        int separator = args.indexOf("--");
        if (separator >= 0) {
            command.addAll(args.subList(0, separator));
            args = args.subList(separator + 1, args.size());
        }
        command.add("-cp");
        command.add(Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        command.add(main.getName());
        command.addAll(args);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
