package app.attune.scenarios.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parsed {@code play} arguments; {@link #parse} throws IllegalArgumentException with a message for bad ones. */
record PlayArgs(
        Command command,
        Optional<String> scenario,
        long seed,
        Optional<String> script,
        Optional<String> check,
        Optional<String> scenarios) {

    static PlayArgs parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h", "--list" -> flags.add(a);
                case "--scenario", "--seed", "--script", "--check", "--scenarios" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    if (values.put(a, args[++i]) != null) {
                        throw new IllegalArgumentException(a + " given twice");
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
            }
        }
        if (flags.contains("--help") || flags.contains("-h")) {
            return new PlayArgs(
                    Command.HELP, Optional.empty(), 1, Optional.empty(), Optional.empty(), Optional.empty());
        }
        boolean list = flags.contains("--list");
        boolean check = values.containsKey("--check");
        boolean play = values.containsKey("--scenario") || values.containsKey("--script");
        int modes = (list ? 1 : 0) + (check ? 1 : 0) + (play ? 1 : 0);
        if (modes == 0) {
            throw new IllegalArgumentException("say what to do: --list, --scenario, --check or --help");
        }
        if (modes > 1) {
            throw new IllegalArgumentException("use only one of --list, --scenario and --check");
        }
        long seed = 1;
        if (values.containsKey("--seed")) {
            if (!play) {
                throw new IllegalArgumentException("--seed only goes with --scenario");
            }
            try {
                seed = Long.parseLong(values.get("--seed"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seed must be a whole number, was '" + values.get("--seed") + "'");
            }
        }
        if (play && !values.containsKey("--scenario")) {
            throw new IllegalArgumentException("--script needs --scenario ID");
        }
        if (play && !values.containsKey("--script")) {
            throw new IllegalArgumentException("--scenario needs --script FILE");
        }
        if (check && values.containsKey("--scenarios")) {
            throw new IllegalArgumentException("--check takes its folder directly, without --scenarios");
        }
        Command command = list ? Command.LIST : check ? Command.CHECK : Command.PLAY;
        return new PlayArgs(
                command,
                Optional.ofNullable(values.get("--scenario")),
                seed,
                Optional.ofNullable(values.get("--script")),
                Optional.ofNullable(values.get("--check")),
                Optional.ofNullable(values.get("--scenarios")));
    }
}
